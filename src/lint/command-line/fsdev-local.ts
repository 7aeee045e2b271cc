import type { CommandLineRule } from '../command-line-rule.js';
import type { WordDiagnostic } from '../../validator/scan-argv.js';
import { lastValue, type OptionUse } from '../option-use.js';

/**
 * `-fsdev local` and `-virtfs local` (which makes an `-fsdev` of its `path`,
 * `security_model`, `multidevs`, `writeout` and `readonly`): QEMU checks them once every
 * option is read, after the chardevs (`qemu_fsdev_add` in `fsdev/qemu-fsdev.c`, then
 * `local_parse_opts` in `hw/9pfs/9p-local.c`, the same in 7.2 and 10.2): a `security_model`
 * must be given and be `passthrough`, `mapped`, `mapped-xattr`, `mapped-file` or `none`, a
 * `multidevs` be `remap`, `forbid` or `warn`, and a `path` be given.
 *
 * Before those, every fsdev needs an ID and a driver QEMU has (`fsdev: No id specified`,
 * `fsdev: fsdriver X not found`).
 *
 * LIMITATION(#4): an `-fsdev` with a parameter the `local` driver lacks, and the other
 * drivers' parameters, are not checked: QEMU refuses those first, with messages not modelled.
 *
 * @module
 */

/** The parameters the `local` driver takes (besides `throttling.*`). */
const LOCAL_KEYS = new Set(['id', 'fsdriver', 'readonly', 'security_model', 'path',
  'writeout', 'fmode', 'dmode', 'multidevs']);

/** The parameters `-virtfs` copies into the `-fsdev` it makes. */
const VIRTFS_COPIES = new Set(['writeout', 'fsdriver', 'path', 'security_model', 'socket',
  'sock_fd', 'readonly', 'multidevs']);

/** The security models and multidevs modes QEMU takes. */
const SECURITY_MODELS = new Set(['passthrough', 'mapped', 'mapped-xattr', 'mapped-file',
  'none']);
const MULTIDEVS = new Set(['remap', 'forbid', 'warn']);

/** The keys of the `-fsdev` that `use` makes, or undefined when it is no plain local one. */
function localKeys(use: OptionUse): string[] | undefined {
  if (use.broken || use.failed || use.opaque || use.parsed === undefined) return undefined;
  if (lastValue(use, 'fsdriver')?.value !== 'local') return undefined;
  let keys = use.parsed.entries.map((e) => e.key);
  if (use.name === 'virtfs') {
    if (lastValue(use, 'mount_tag') === undefined) return undefined;
    keys = keys.filter((k) => VIRTFS_COPIES.has(k));
  } else if (use.parsed.id === undefined) {
    return undefined;
  }
  const known = keys.every((k) => LOCAL_KEYS.has(k) || k.startsWith('throttling.'));
  return known ? keys : undefined;
}

/** Every fsdev driver of 7.2 to 10.2 (`proxy` left in 9.2): an unknown one is refused. */
const DRIVERS = new Set(['local', 'synth', 'proxy']);

/**
 * QEMU's error for an `-fsdev` without an ID or a driver, or with a driver no release has
 * (`qemu_fsdev_add`), on a clean use; undefined otherwise.
 */
function driverError(use: OptionUse): WordDiagnostic | undefined {
  if (use.broken || use.failed || use.opaque || use.parsed === undefined) return undefined;
  if (use.name === 'virtfs' && lastValue(use, 'mount_tag') === undefined) return undefined;
  const driver = lastValue(use, 'fsdriver');
  const message = use.name === 'fsdev' && use.parsed.id === undefined ? 'fsdev: No id specified'
    : driver === undefined ? 'fsdev: No fsdriver specified'
    : DRIVERS.has(driver.value) ? undefined : `fsdev: fsdriver ${driver.value} not found`;
  if (message === undefined) return undefined;
  const span = driver && message.includes('not found') ? driver.span
    : { start: 0, end: use.text!.length };
  return { word: use.argument!, diagnostic: { code: 'fsdev-driver', severity: 'error', message,
    span } };
}

/** The keys `synth` takes; it checks nothing else. */
const SYNTH_KEYS = new Set(['id', 'fsdriver', 'readonly']);

/** Whether `use` makes a `synth` fsdev QEMU takes as it is. */
function plainSynth(use: OptionUse): boolean {
  if (lastValue(use, 'fsdriver')?.value !== 'synth') return false;
  const copied = use.name === 'virtfs'
    ? use.parsed!.entries.filter((e) => VIRTFS_COPIES.has(e.key)) : use.parsed!.entries;
  return copied.every((e) => SYNTH_KEYS.has(e.key));
}

/** QEMU's message for the local `-fsdev` that `use` makes, if it refuses it. */
function localError(use: OptionUse): { message: string; key?: string } | undefined {
  const model = lastValue(use, 'security_model')?.value;
  if (model === undefined) return { message: 'security_model property not set' };
  if (!SECURITY_MODELS.has(model)) {
    return { message: `invalid security_model property '${model}'`, key: 'security_model' };
  }
  const multidevs = lastValue(use, 'multidevs')?.value;
  if (multidevs !== undefined && !MULTIDEVS.has(multidevs)) {
    return { message: `invalid multidevs property '${multidevs}'`, key: 'multidevs' };
  }
  if (lastValue(use, 'path') === undefined) return { message: 'path property not set' };
  return undefined;
}

/**
 * The rule: the first local fsdev QEMU refuses, as QEMU stops there; an fsdev before it that
 * is not checked may fail first, so ends the check.
 */
export const fsdevLocal: CommandLineRule = ({ uses }) => {
  for (const use of uses.filter((u) => u.name === 'fsdev' || u.name === 'virtfs')) {
    const driver = driverError(use);
    if (driver !== undefined) return [driver];
    if (plainSynth(use)) continue;
    if (localKeys(use) === undefined) return [];
    const error = localError(use);
    if (error === undefined) continue;
    const text = use.text!;
    const span = error.key ? lastValue(use, error.key)!.span : { start: 0, end: text.length };
    return [{ word: use.argument!, diagnostic: { code: 'fsdev-local', severity: 'error',
      message: error.message, span } }];
  }
  return [];
};
