import type { Availability, Condition, ConditionChange } from '../catalog/types.js';
import { compareVersions as compareQemuVersions, releaseStatus } from '../catalog/versions.js';
import type { LintContext } from './lint-context.js';

/**
 * Whether an option, parameter or list exists in the chosen build: by release first, then
 * by host. A condition that cannot be decided counts as present.
 *
 * @module
 */

/** The verdict on one catalog item. */
export type Presence =
  | { kind: 'present' }
  | { kind: 'deprecated'; since: string }
  | { kind: 'not-yet'; since: string; after?: string }
  | { kind: 'removed'; since: string; after?: string }
  /** It came (or went) after `after` and by `by`; the chosen release lies between. */
  | { kind: 'uncertain'; event: 'added' | 'removed'; after: string; by: string }
  | { kind: 'not-on-host'; condition: Condition };

/**
 * The presence of something with `versions` and build `condition` in `ctx`'s build; an
 * older condition from `history` applies to the releases it covers.
 */
export function presenceOf(
  ctx: LintContext,
  versions: Availability | undefined,
  newest: Condition | undefined,
  history: readonly ConditionChange[] = [],
): Presence {
  const v = ctx.version;
  const condition = conditionIn(v, newest, history);
  const status = releaseStatus(versions, v);
  if (status.kind === 'not-yet' || status.kind === 'removed') return status;
  if (condition !== undefined && ctx.holds(condition) === false) {
    return { kind: 'not-on-host', condition };
  }
  if (status.kind === 'uncertain') return status;
  if (versions?.deprecated && compareQemuVersions(v, versions.deprecated) >= 0) {
    return { kind: 'deprecated', since: versions.deprecated };
  }
  return { kind: 'present' };
}

/**
 * Whether the verdict means QEMU has the item (deprecated items still work; an uncertain
 * one gets the benefit of the doubt).
 */
export function isPresent(presence: Presence): boolean {
  const { kind } = presence;
  return kind === 'present' || kind === 'deprecated' || kind === 'uncertain';
}

/**
 * When a not-yet or removed verdict's event happened: `in QEMU 9.1`, or `after QEMU 7.2 (by
 * 10.0)` when only bounds are known.
 */
export function eventRelease(presence: { since: string; after?: string }): string {
  return presence.after === undefined
    ? `in QEMU ${presence.since}`
    : `after QEMU ${presence.after} (by ${presence.since})`;
}

/**
 * The plain words for an uncertain verdict: `NAME appeared between QEMU A and B; …`.
 * `name` is how the item is written (`-perfmap`, `'user'`).
 */
export function uncertainText(
  presence: Extract<Presence, { kind: 'uncertain' }>,
  name: string,
  release: string,
): string {
  const what = presence.event === 'added' ? 'appeared' : 'was removed';
  return (
    `${name} ${what} between QEMU ${presence.after} and ${presence.by}; ` +
    `qemu-opts cannot tell whether QEMU ${release} has it`
  );
}

/** The build condition in release `v`: the history entry covering it, else the newest. */
function conditionIn(
  v: string,
  newest: Condition | undefined,
  history: readonly ConditionChange[],
): Condition | undefined {
  const old = history.find(
    (h) =>
      (h.since === undefined || compareQemuVersions(v, h.since) >= 0) &&
      (h.until === undefined || compareQemuVersions(v, h.until) < 0),
  );
  return old ? old.condition : newest;
}
