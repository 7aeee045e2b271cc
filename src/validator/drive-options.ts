import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import type { Param } from '../catalog/types.js';
import { parseBool } from '../model/values/parse-bool.js';
import { parseNumber } from '../model/values/parse-number.js';
import { parseSize } from '../model/values/parse-size.js';
import { surelyUnknownDriver } from './block-driver-names.js';
import { throttlingError } from './drive-throttling.js';
import { driveNodeFindings } from './drive-nodes.js';

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

/** QEMU's message when it cannot read `entry`'s value as `param`'s type. */
function conversionError(entry: OptsEntry, param: Param, version: string): string | undefined {
  const result =
    param.type === 'bool' ? parseBool(entry.key, entry.value, version)
    : param.type === 'number' ? parseNumber(entry.key, entry.value)
    : param.type === 'size' ? parseSize(entry.key, entry.value, { qemuVersion: version })
    : undefined;
  return result === undefined || result.ok ? undefined : result.message;
}

/**
 * The finding for the typed values among `keys` that QEMU cannot read: QEMU converts them
 * in the order of a hash table, so only a single bad one has a known message; `[]` (stop)
 * for several, undefined for none.
 */
function badTypedValue(
  last: Map<string, OptsEntry>,
  keys: (key: string) => boolean,
  params: readonly Param[],
  version: string,
): SpanDiagnostic[] | undefined {
  const bad: [OptsEntry, string][] = [];
  for (const [key, entry] of last) {
    const param = params.find((p) => p.name === key);
    const error = param && keys(key) ? conversionError(entry, param, version) : undefined;
    if (error !== undefined) bad.push([entry, error]);
  }
  if (bad.length > 1) return [];
  return bad.length === 1 ? onValue(bad[0][0], bad[0][1]) : undefined;
}

/** The throttling numbers, after every one of them was read, with QEMU's verdict. */
function badThrottling(last: Map<string, OptsEntry>): SpanDiagnostic[] | undefined {
  const values = new Map<string, string>();
  for (const [key, entry] of last) if (key.startsWith('throttling.')) values.set(key, entry.value);
  const error = throttlingError(values);
  const first = [...last.values()].find((e) => e.key.startsWith('throttling.'));
  return error === undefined || first === undefined ? undefined : onValue(first, error);
}

/** The options `drive_new` reads itself (`qemu_legacy_drive_opts`). */
const LEGACY = new Set(['bus', 'unit', 'index', 'media', 'if', 'file', 'read-only', 'rerror',
  'werror', 'copy-on-read']);
/** The options `blockdev_init` reads itself (`qemu_common_drive_opts`). */
const COMMON = new Set(['snapshot', 'aio', 'cache.writeback', 'format', 'rerror', 'werror',
  'read-only', 'throttling.group', 'copy-on-read', 'detect-zeroes', 'stats-account-invalid',
  'stats-account-failed', ...THROTTLING_NUMBERS]);
/** Keys whose values depend on the machine (drive addresses). */
const ADDRESS = ['bus', 'unit', 'index'];
/** `detect-zeroes=` values (QAPI `BlockdevDetectZeroesOptions`). */
const DETECT_ZEROES = ['off', 'on', 'unmap'];

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
  const legacy =
    outside(last, 'cache', CACHE_MODES, () => 'invalid cache option') ??
    badTypedValue(last, (k) => LEGACY.has(k), params, version) ??
    outside(last, 'media', MEDIA, (v) => `'${v}' invalid media`) ??
    outside(last, 'if', BUS_TYPES, (v) => `unsupported bus type '${v}'`);
  if (legacy) return legacy;
  if (ADDRESS.some((k) => last.has(k))) return [];
  // LIMITATION(#4): without if=, werror/rerror are taken to be allowed on the machine's
  // default bus (true of the x86 machines); boards defaulting to sd or pflash reject them.
  const errorActions = last.has('werror') || last.has('rerror');
  if (errorActions && bus !== undefined && !ERROR_ACTION_BUSES.includes(bus)) return [];
  const common =
    badTypedValue(last, (k) => COMMON.has(k), params, version) ??
    outside(last, 'aio', AIO_MODES, () => 'invalid aio option') ??
    badThrottling(last) ??
    outside(last, 'detect-zeroes', DETECT_ZEROES, (v) => `invalid parameter value: ${v}`) ??
    formatAndDriver(last) ??
    outside(last, 'werror', WRITE_ACTIONS, (v) => `'${v}' invalid write error action`) ??
    outside(last, 'rerror', WRITE_ACTIONS.filter((a) => a !== 'enospc'),
      (v) => `'${v}' invalid read error action`);
  if (common) return common;
  return openFindings(last, params, version);
}

/** `format=help` (QEMU lists the formats: stop), or `format` and `driver` together. */
function formatAndDriver(last: Map<string, OptsEntry>): SpanDiagnostic[] | undefined {
  const format = last.get('format');
  if (format === undefined) return undefined;
  if (format.value === 'help' || format.value === '?') return [];
  const driver = last.get('driver');
  return driver && onValue(driver, "Cannot specify both 'driver' and 'format'");
}

/** A driver name that no driver of `version` has, with QEMU's message. */
function unknownDriver(entry: OptsEntry | undefined, version: string): SpanDiagnostic[] | undefined {
  if (entry === undefined) return undefined;
  if (entry.value !== '' && !surelyUnknownDriver(entry.value, version)) return undefined;
  return onValue(entry, `Unknown driver '${entry.value}'`);
}

/**
 * What QEMU finds when it opens the drive's block nodes, up to where the outcome depends
 * on files of the host: the driver name, a drive with neither file nor driver, the block
 * layer's own typed options, the protocol driver's name, then what the nodes' drivers find
 * (`drive-nodes.ts`).
 */
function openFindings(
  last: Map<string, OptsEntry>,
  params: readonly Param[],
  version: string,
): SpanDiagnostic[] {
  const top = unknownDriver(last.get('driver') ?? last.get('format'), version);
  if (top) return top;
  const missing = noDriverNorFile(last);
  if (missing) return missing;
  const typed = badTypedValue(last, (k) => !LEGACY.has(k) && !COMMON.has(k), params, version);
  const protocol = unknownDriver(last.get('file.driver'), version);
  if (typed && protocol) return [];
  return typed ?? protocol ?? driveNodeFindings(last, params, version);
}

/**
 * A drive with neither a file nor a driver that still has options for the block layer: QEMU
 * reports it when it opens the drive. A `help` or `?` item is such an option: QEMU prints no
 * help for `-drive` (7.2 to 10.2) but hands the item on.
 */
function noDriverNorFile(last: Map<string, OptsEntry>): SpanDiagnostic[] | undefined {
  const named = ['driver', 'format', 'file.filename', 'file.driver'].some((k) => last.has(k));
  if (named || (last.get('file')?.value ?? '') !== '') return undefined;
  const help = last.get('help') ?? last.get('?');
  const left = help ?? [...last.values()].find((e) => !LEGACY.has(e.key) &&
    !COMMON.has(e.key) && e.key !== 'id');
  if (left === undefined) return undefined;
  const d: SpanDiagnostic = {
    code: 'invalid-value',
    severity: 'error',
    message: 'Must specify either driver or file',
    span: left.itemSpan,
  };
  d.hint = help ? '-drive has no help; QEMU passes the help item on to the block layer'
    : 'give the image with file=, or a driver with format= or driver=';
  return [d];
}
