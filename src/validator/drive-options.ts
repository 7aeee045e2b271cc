import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import type { Param } from '../catalog/types.js';
import { parseBool } from '../model/values/parse-bool.js';
import { parseNumber } from '../model/values/parse-number.js';
import { parseSize } from '../model/values/parse-size.js';

/**
 * Checks QEMU makes on a `-drive` when it creates the drive, after reading every option
 * (`drive_new` and `blockdev_init` in `blockdev.c`, verified against QEMU 7.2), in its order:
 * legacy aliases renamed (`bps` is `throttling.bps-total`), `cache`, `media`, `if`, the
 * throttling numbers, `aio`, `werror`, `rerror`, an empty `format`, and a drive with neither
 * file nor driver. Checks whose outcome depends on the host or the machine stop the walk.
 *
 * @module
 */

/** The legacy names QEMU renames before it reads a drive, to their current names. */
const RENAMES: Record<string, string> = {
  iops: 'throttling.iops-total',
  iops_rd: 'throttling.iops-read',
  iops_wr: 'throttling.iops-write',
  bps: 'throttling.bps-total',
  bps_rd: 'throttling.bps-read',
  bps_wr: 'throttling.bps-write',
  iops_max: 'throttling.iops-total-max',
  iops_rd_max: 'throttling.iops-read-max',
  iops_wr_max: 'throttling.iops-write-max',
  bps_max: 'throttling.bps-total-max',
  bps_rd_max: 'throttling.bps-read-max',
  bps_wr_max: 'throttling.bps-write-max',
  iops_size: 'throttling.iops-size',
  group: 'throttling.group',
  readonly: 'read-only',
};

/** `cache=` modes (`bdrv_parse_cache_mode`). */
const CACHE_MODES = ['none', 'off', 'directsync', 'writeback', 'unsafe', 'writethrough'];
/** `media=` values. */
const MEDIA = ['disk', 'cdrom'];
/** `if=` bus types (`if_name` in `blockdev.c`). */
const BUS_TYPES = ['none', 'ide', 'scsi', 'floppy', 'pflash', 'mtd', 'sd', 'virtio', 'xen'];
/** Bus types that take `werror` and `rerror`; the machine's default type is not known. */
const ERROR_ACTION_BUSES = ['ide', 'scsi', 'virtio', 'none'];
/** `aio=` modes on some host (`io_uring` only where built with it). */
const AIO_MODES = ['native', 'threads', 'io_uring'];
/** `werror=` actions; `rerror=` has all but `enospc`. */
const WRITE_ACTIONS = ['ignore', 'enospc', 'stop', 'report'];

/** Throttling numbers that the common drive options read as numbers. */
const THROTTLING_NUMBERS = Object.values(RENAMES).filter(
  (name) => name.startsWith('throttling.') && name !== 'throttling.group',
).concat([
  'throttling.bps-total-max-length', 'throttling.bps-read-max-length',
  'throttling.bps-write-max-length', 'throttling.iops-total-max-length',
  'throttling.iops-read-max-length', 'throttling.iops-write-max-length',
]);

/** One finding on `entry`'s value. */
function onValue(entry: OptsEntry, message: string, hint?: string): SpanDiagnostic[] {
  const d: SpanDiagnostic = {
    code: 'invalid-value',
    severity: 'error',
    message,
    span: entry.valueSpan ?? entry.itemSpan,
  };
  if (hint !== undefined) d.hint = hint;
  return [d];
}

/** The entries after QEMU's renames, last value per key; or the alias clash QEMU reports. */
function renamed(entries: readonly OptsEntry[]): Map<string, OptsEntry> | SpanDiagnostic[] {
  const last = new Map<string, OptsEntry>();
  for (const entry of entries) last.set(entry.key, entry);
  for (const [from, to] of Object.entries(RENAMES)) {
    const old = last.get(from);
    if (old === undefined) continue;
    if (last.has(to)) {
      return onValue(old, `'${to}' and its alias '${from}' can't be used at the same time`);
    }
    last.delete(from);
    last.set(to, { ...old, key: to });
  }
  return last;
}

/** A value outside `allowed`, with QEMU's message for it; undefined when it passes. */
function outside(
  last: Map<string, OptsEntry>,
  key: string,
  allowed: readonly string[],
  message: (value: string) => string,
): SpanDiagnostic[] | undefined {
  const entry = last.get(key);
  if (entry === undefined || allowed.includes(entry.value)) return undefined;
  return onValue(entry, message(entry.value), `Accepted values: ${allowed.join(', ')}`);
}

/** Whether QEMU can read `entry`'s value as `param`'s type. */
function converts(entry: OptsEntry, param: Param, version: string): boolean {
  switch (param.type) {
    case 'bool':
      return parseBool(entry.key, entry.value, version).ok;
    case 'number':
      return parseNumber(entry.key, entry.value).ok;
    case 'size':
      return parseSize(entry.key, entry.value, { qemuVersion: version }).ok;
    case 'string':
      return true;
  }
}

/**
 * The typed values QEMU cannot read, or undefined when there are none. QEMU converts them
 * in the order of a hash table, so only a single one has a known message.
 */
function badTypedValues(
  last: Map<string, OptsEntry>,
  params: readonly Param[],
  version: string,
): OptsEntry[] {
  const bad: OptsEntry[] = [];
  for (const [key, entry] of last) {
    const param = params.find((p) => p.name === key);
    if (param !== undefined && !converts(entry, param, version)) bad.push(entry);
  }
  return bad;
}

/** The throttling number QEMU cannot read, with its message (when it is the only bad value). */
function badThrottlingNumber(bad: readonly OptsEntry[]): SpanDiagnostic[] | undefined {
  const [entry] = bad;
  if (entry === undefined || !THROTTLING_NUMBERS.includes(entry.key)) return undefined;
  const result = parseNumber(entry.key, entry.value);
  return result.ok ? undefined : onValue(entry, result.message, result.hint);
}

/** Keys whose values depend on the machine (drive addresses) or are converted before media. */
const MACHINE_OR_LEGACY = ['bus', 'unit', 'index', 'read-only', 'copy-on-read'];

/**
 * The findings for one `-drive` argument's entries (spans in the argument); `params` are the
 * typed parameters of the drive list in the chosen release.
 */
export function checkDriveOptions(
  entries: readonly OptsEntry[],
  params: readonly Param[],
  version: string,
): SpanDiagnostic[] {
  const last = renamed(entries);
  if (Array.isArray(last)) return last;
  const bus = last.get('if')?.value;
  const cache = outside(last, 'cache', CACHE_MODES, () => 'invalid cache option');
  if (cache) return cache;
  if (MACHINE_OR_LEGACY.some((k) => last.has(k))) return [];
  const first =
    outside(last, 'media', MEDIA, (v) => `'${v}' invalid media`) ??
    outside(last, 'if', BUS_TYPES, (v) => `unsupported bus type '${v}'`);
  if (first) return first;
  // LIMITATION(#4): without if=, werror/rerror are taken to be allowed on the machine's
  // default bus (true of the x86 machines); boards defaulting to sd or pflash reject them.
  const errorActions = last.has('werror') || last.has('rerror');
  if (errorActions && bus !== undefined && !ERROR_ACTION_BUSES.includes(bus)) return [];
  const bad = badTypedValues(last, params, version);
  if (bad.length > 1) return [];
  const next =
    badThrottlingNumber(bad) ??
    outside(last, 'aio', AIO_MODES, () => 'invalid aio option') ??
    outside(last, 'werror', WRITE_ACTIONS, (v) => `'${v}' invalid write error action`) ??
    outside(last, 'rerror', WRITE_ACTIONS.filter((a) => a !== 'enospc'),
      (v) => `'${v}' invalid read error action`);
  if (next) return next;
  const format = last.get('format');
  if (format?.value === '') return onValue(format, "Unknown driver ''");
  return noDriverNorFile(last);
}

/**
 * A `help` or `?` item in a drive without `file`, `format` or `driver`: QEMU prints no help
 * for `-drive` (7.2 to 10.2) but keeps the item, which makes it open a block driver it has
 * no name for.
 */
function noDriverNorFile(last: Map<string, OptsEntry>): SpanDiagnostic[] {
  const help = last.get('help') ?? last.get('?');
  if (help === undefined || ['file', 'format', 'driver'].some((k) => last.has(k))) return [];
  return [
    {
      code: 'invalid-value',
      severity: 'error',
      message: 'Must specify either driver or file',
      hint: '-drive has no help; QEMU passes the help item on to the block layer',
      span: help.itemSpan,
    },
  ];
}
