import type { Availability, Condition, ConditionChange } from '../catalog/types.js';
import { compareVersions as compareQemuVersions } from '../catalog/versions.js';
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
  | { kind: 'not-yet'; since: string }
  | { kind: 'removed'; since: string }
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
  if (versions?.since && compareQemuVersions(v, versions.since) < 0) {
    return { kind: 'not-yet', since: versions.since };
  }
  if (versions?.removed && compareQemuVersions(v, versions.removed) >= 0) {
    return { kind: 'removed', since: versions.removed };
  }
  if (condition !== undefined && ctx.holds(condition) === false) {
    return { kind: 'not-on-host', condition };
  }
  if (versions?.deprecated && compareQemuVersions(v, versions.deprecated) >= 0) {
    return { kind: 'deprecated', since: versions.deprecated };
  }
  return { kind: 'present' };
}

/** Whether the verdict means QEMU has the item (deprecated items still work). */
export function isPresent(presence: Presence): boolean {
  return presence.kind === 'present' || presence.kind === 'deprecated';
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
