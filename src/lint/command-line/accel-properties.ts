import type { CommandLineRule } from '../command-line-rule.js';
import { compareVersions, majorMinor } from '../../catalog/versions.js';
import type { OptionUse } from '../option-use.js';
import { accelValueError } from '../../validator/accel-values.js';

/**
 * `-accel NAME,PROP=VALUE…`: once every option is read, QEMU takes the `-accel` options in
 * turn, skips unknown names, and sets each property of the first known one on its accelerator
 * object, in order, exiting on the first failure (`do_configure_accelerator` in `vl.c`);
 * only if that accelerator then fails to start does it go on with the next. The properties
 * of `tcg` (`accel/tcg/tcg-all.c`) and of `kvm` on x86 (`accel/kvm/kvm-all.c`,
 * `target/i386/kvm/kvm.c`) were read in 7.2 and 10.2; a name the release lacks gets
 * `Property 'tcg-accel.NAME' not found` (`help` too: it is no help request here), `type` is
 * read-only, `thread` takes `single` or `multi`, and the values of the others are read as
 * their types (accel-values.ts). For a release between 7.2 and 10.2, a name only 10.2 has
 * stops the check.
 *
 * LIMITATION(#4): the properties of other accelerators, releases outside 7.2 to 10.2, and
 * `kvm` on targets other than x86 are not checked.
 *
 * @module
 */

/** Property names per accelerator in 7.2 (and every release after it up to 10.2). */
const PROPERTIES: Record<string, Set<string>> = {
  tcg: new Set(['thread', 'tb-size', 'split-wx']),
  kvm: new Set(['kernel-irqchip', 'kvm-shadow-mem', 'dirty-ring-size', 'notify-vmexit',
    'notify-window']),
};

/** Property names 10.2 has and 7.2 does not (the release between is not known). */
const LATER_PROPERTIES: Record<string, Set<string>> = {
  tcg: new Set(['one-insn-per-tb']),
  kvm: new Set(['device', 'rapl', 'rapl-helper-socket', 'xen-version', 'xen-gnttab-max-frames',
    'xen-evtchn-max-pirq']),
};

/** Accelerator names QEMU may know, depending on the host and build. */
const KNOWN = new Set(['tcg', 'kvm', 'qtest', 'xen', 'hvf', 'whpx', 'nvmm', 'hax']);

/** Whether `use` is a clean `-accel` QEMU gets to configure. */
const isAccel = (use: OptionUse): boolean =>
  use.name === 'accel' && use.parsed !== undefined && !use.broken && !use.failed &&
  !use.opaque && use.argument !== undefined;

/** Whether the line picks its accelerator another way too (`-machine accel=`, `-enable-kvm`). */
const otherChoice = (uses: readonly OptionUse[]): boolean => uses.some((u) =>
  u.name === 'enable-kvm' || u.name === 'readconfig' || u.name === '' ||
  ((u.name === 'machine' || u.name === 'M') && (u.opaque || /accel/.test(u.text ?? ''))));

/**
 * QEMU's error for property `key` = `value` of accelerator `accel` in `release`, if any;
 * null when the release may or may not have the property.
 */
function propertyError(accel: string, key: string, value: string, release: string):
    string | undefined | null {
  if (key === 'accel') return undefined;
  if (key === 'type') return `Property '${accel}-accel.type' is not writable`;
  if (LATER_PROPERTIES[accel].has(key) && compareVersions(release, '7.2') > 0) {
    return compareVersions(release, '10.2') < 0 ? null : accelValueError(accel, key, value);
  }
  if (!PROPERTIES[accel].has(key)) return `Property '${accel}-accel.${key}' not found`;
  if (accel === 'tcg' && key === 'thread' && value !== 'single' && value !== 'multi') {
    return `Invalid 'thread' setting ${value}`;
  }
  return accelValueError(accel, key, value);
}

/**
 * The `-accel` whose properties QEMU sets first: names it does not know are skipped; any
 * accelerator other than `tcg`, or `kvm` on Linux, may or may not be there, so stops the
 * check (undefined).
 */
function firstConfigured(uses: readonly OptionUse[], host: string):
    { use: OptionUse; accel: string } | undefined {
  for (const use of uses.filter((u) => u.name === 'accel')) {
    if (!isAccel(use)) return undefined;
    const accel = accelName(use);
    if (accel === undefined) return undefined;
    if (accel === 'tcg' || (accel === 'kvm' && host === 'linux')) return { use, accel };
    if (KNOWN.has(accel)) return undefined;
  }
  return undefined;
}

/** The rule. */
export const accelProperties: CommandLineRule = ({ uses, ctx, facts }) => {
  const release = majorMinor(ctx.requestedVersion);
  if (compareVersions(release, '7.2') < 0 || compareVersions(release, '10.2') > 0) return [];
  if (otherChoice(uses)) return [];
  const first = firstConfigured(uses, ctx.host);
  if (first === undefined) return [];
  const { use, accel } = first;
  // kvm's own properties depend on the target: x86 ones were read.
  if (accel === 'kvm' && facts?.target !== 'x86_64') return [];
  for (const entry of use.parsed!.entries) {
    const message = propertyError(accel, entry.key, entry.value, release);
    if (message === null) return [];
    if (message === undefined) continue;
    return [{ word: use.argument!, diagnostic: { code: 'accel-property', severity: 'error',
      message, span: entry.itemSpan } }];
  }
  return [];
};

/** The accelerator name of an `-accel` use (its last `accel`). */
function accelName(use: OptionUse): string | undefined {
  return use.parsed!.entries.filter((e) => e.key === 'accel').pop()?.value;
}
