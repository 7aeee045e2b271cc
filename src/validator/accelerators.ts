import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { Condition, QemuVersion } from '../catalog/types.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import type { BuildFacts } from '../catalog/build-facts.js';
import type { LintContext } from './lint-context.js';
import { compareQemuVersions } from './release.js';

/**
 * `-accel NAME`: the accelerators a build can have, per host (issue 4 item 3). QEMU looks
 * each `-accel` up once every option is read, prints `invalid accelerator NAME` for one it
 * does not have and goes on with the next; only when none is left does it exit with 1.
 *
 * @module
 */

/** An accelerator, the hosts that build it, and the release that removed it. */
interface Accelerator {
  /** The name as `-accel` takes it. */
  name: string;
  /** Build condition over host macros; absent for every host. */
  condition?: Condition;
  /** First release without it. */
  removed?: QemuVersion;
}

/** Accelerators of the system emulators (Xen's depends on the build, so is never flagged). */
const ACCELERATORS: Accelerator[] = [
  { name: 'tcg' },
  { name: 'qtest' },
  { name: 'kvm', condition: 'CONFIG_LINUX' },
  { name: 'xen', condition: 'CONFIG_LINUX && CONFIG_XEN' },
  { name: 'hvf', condition: 'CONFIG_DARWIN' },
  { name: 'whpx', condition: 'CONFIG_WIN32' },
  { name: 'nvmm', condition: '__NetBSD__' },
  { name: 'hax', condition: 'CONFIG_WIN32 || CONFIG_DARWIN', removed: '8.2' },
];

/** One `-accel` use: the word of its argument and its parsed entries. */
export interface AccelUse {
  /** Index of the argument's argv word. */
  word: number;
  /** The entries of the argument. */
  entries: readonly OptsEntry[];
}

/**
 * Whether the chosen build can have accelerator `name`: what its binary reports when the
 * build facts fit it (Debian's 7.2 has no `qtest` and no `xen`), else what its host can have.
 */
function available(name: string, ctx: LintContext, facts?: BuildFacts): boolean {
  if (facts !== undefined) return facts.accelerators.includes(name);
  const accel = ACCELERATORS.find((a) => a.name === name);
  if (accel === undefined) return false;
  if (accel.removed && compareQemuVersions(ctx.version, accel.removed) >= 0) return false;
  return ctx.holds(accel.condition) !== false;
}

/** The accelerator names the chosen build can have, for hints. */
function names(ctx: LintContext, facts?: BuildFacts): string {
  if (facts !== undefined) return facts.accelerators.join(', ');
  return ACCELERATORS.filter((a) => available(a.name, ctx)).map((a) => a.name).join(', ');
}

/**
 * Findings for all `-accel` uses of a command line: an error for each unknown name when no
 * use names a known one (QEMU then exits), else a warning (QEMU falls back to the others).
 */
export function checkAccelerators(uses: readonly AccelUse[], ctx: LintContext,
  facts?: BuildFacts): { word: number; diagnostic: SpanDiagnostic }[] {
  const named = uses.flatMap((use) => {
    const entry = use.entries.filter((e) => e.key === 'accel').pop();
    if (!entry || entry.value === 'help' || entry.value === '?') return [];
    return [{ word: use.word, entry }];
  });
  const unknown = named.filter((n) => !available(n.entry.value, ctx, facts));
  const severity = unknown.length === named.length ? 'error' : 'warning';
  return unknown.map(({ word, entry }) => ({
    word,
    diagnostic: {
      code: 'invalid-value',
      severity,
      message: `invalid accelerator ${entry.value}`,
      hint: severity === 'warning'
        ? `QEMU skips it and uses the next -accel; this build can have: ${names(ctx, facts)}`
        : `This build can have: ${names(ctx, facts)}`,
      span: entry.valueSpan ?? entry.itemSpan,
    },
  }));
}
