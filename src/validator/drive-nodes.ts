import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import type { Param } from '../catalog/types.js';
import { parseBool } from '../model/values/parse-bool.js';
import {
  CHECKED_PROTOCOLS, noProbedFormatTakes, PROBED_FORMATS, surelyNotTaken,
} from './block-driver-keys.js';

/**
 * What QEMU finds when `-drive` opens its block nodes (`bdrv_open_inherit` in `block.c`),
 * for drivers whose keys qemu-opts knows (`block-driver-keys.ts`), verified against QEMU 7.2:
 * first the protocol node under a format (`file.*`), then the node of the format (or of a
 * protocol given as `driver=`/`format=`). On each node, in QEMU's order: `file` given both
 * as the drive's image and as a `filename` key, `force-share` on a node opened read-write,
 * the `discard` value, the `node-name` syntax, `backing` on a driver without backing files,
 * then the keys its driver does not take (`Block format 'raw' does not support the
 * option 'x'`). QEMU names one leftover key, in the order of its hash table; every one of
 * them is an error, so each is reported.
 *
 * Between those checks QEMU opens the image (a missing file, a wrong format, a driver's own
 * values such as raw's `offset`): that depends on the host, so those steps are not judged
 * and later findings still show.
 *
 * @module
 */

/** Keys `-drive` reads itself before it opens the nodes, besides its typed parameters. */
const DRIVE_KEYS = ['cache', 'id'];
/** Sub-keys `-drive` reads itself (`blockdev_init`: the statistics intervals). */
const DRIVE_PREFIXES = ['stats-intervals.'];
/** `discard=` values (`bdrv_parse_discard_flags`). */
const DISCARD = ['off', 'ignore', 'on', 'unmap'];
/** Protocol drivers that take a `filename` (the drive's `file=` becomes one). */
const FILENAME_PROTOCOLS = ['file', 'host_device', 'host_cdrom'];
/** The longest node name QEMU keeps (its buffer holds 32 bytes with the terminator). */
const NODE_NAME_MAX = 31;

/** One node's keys: without its prefix, each with the entry that set it last. */
type NodeEntries = Map<string, OptsEntry>;

/** An error on `entry` (its key or its value). */
function error(code: string, entry: OptsEntry, message: string, on: 'key' | 'value',
  hint?: string): SpanDiagnostic {
  const span = on === 'key' ? entry.keySpan ?? entry.itemSpan : entry.valueSpan ?? entry.itemSpan;
  const d: SpanDiagnostic = { code, severity: 'error', message, span };
  if (hint !== undefined) d.hint = hint;
  return d;
}

/** Whether `name` is an identifier QEMU takes as a node name (`id_wellformed`). */
function wellFormed(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9._-]*$/.test(name);
}

/** Whether `entry` holds a bool that is on; undefined when absent or not a bool. */
function isOn(entry: OptsEntry | undefined): boolean | undefined {
  if (entry === undefined) return undefined;
  const read = parseBool(entry.key, entry.value);
  return read.ok ? read.value : undefined;
}

/**
 * `force-share=on` on a node opened read-write (`bdrv_open_common`); a protocol node
 * inherits both keys from `parent`. With `snapshot=on` QEMU opens the image read-only.
 */
function forceShared(node: NodeEntries, parent: NodeEntries | undefined, snapshot: boolean):
    SpanDiagnostic[] | undefined {
  const entry = node.get('force-share') ?? parent?.get('force-share');
  if (snapshot || entry === undefined || isOn(entry) !== true) return undefined;
  const readOnly = node.get('read-only') ?? parent?.get('read-only');
  if (readOnly !== undefined && isOn(readOnly) !== false) return undefined;
  return [error('invalid-combination', entry, 'force-share=on can only be used with read-only ' +
    'images', 'key', 'add read-only=on, or leave force-share out')];
}

/**
 * `discard` and `node-name` of one node, in QEMU's order (`bdrv_open_common`); `taken` is the
 * node name of the protocol node below it, opened first.
 */
function nodeValues(node: NodeEntries, taken?: string): SpanDiagnostic[] | undefined {
  const discard = node.get('discard');
  if (discard && !DISCARD.includes(discard.value)) {
    return [error('invalid-value', discard, 'Invalid discard option', 'value',
      `Accepted values: ${DISCARD.join(', ')}`)];
  }
  const name = node.get('node-name');
  if (name === undefined) return undefined;
  if (!wellFormed(name.value)) {
    return [error('invalid-value', name, `Invalid node-name: '${name.value}'`, 'value',
      'a node name starts with a letter, then letters, digits, -, . and _')];
  }
  // A name already taken (here or by another drive) is found by the block-node-names rule.
  if (name.value === taken) return [];
  if (name.value.length > NODE_NAME_MAX) {
    return [error('invalid-value', name, 'Node name too long', 'value',
      `a node name has at most ${NODE_NAME_MAX} characters`)];
  }
  return undefined;
}

/** Whether `path` starts with a `proto:` prefix (`path_has_protocol`). */
function hasProtocolPrefix(path: string): boolean {
  const cut = path.search(/[:/]/);
  return cut >= 0 && path[cut] === ':';
}

/** The protocol a path names, when sure: `file`, unless a `proto:` prefix or `/dev/`. */
function protocolOfPath(path: string): string | undefined {
  if (hasProtocolPrefix(path)) return undefined;
  // LIMITATION(#4): a plain path that is a device (a symlink to /dev/sda) makes QEMU name
  // host_device, which takes the same keys: only the driver named in the message differs.
  return path.startsWith('/dev/') ? undefined : 'file';
}

/** The file-and-filename clash QEMU reports on a node (`bdrv_fill_options`). */
function filenameClash(file: OptsEntry | undefined, node: NodeEntries):
    SpanDiagnostic[] | undefined {
  const filename = node.get('filename');
  if (file === undefined || file.value === '' || filename === undefined) return undefined;
  return [error('block-driver-option', filename,
    "Can't specify 'file' and 'filename' options at the same time", 'key',
    'give the image once: as file= or as the filename of its protocol node')];
}

/** The unknown keys of a node whose driver is `driver` (a format, or a protocol). */
function unknownKeys(node: NodeEntries, driver: string, protocol: boolean, version: string):
    SpanDiagnostic[] {
  const out: SpanDiagnostic[] = [];
  for (const [key, entry] of node) {
    if (!surelyNotTaken(driver, key, version)) continue;
    const message = protocol
      ? `Block protocol '${driver}' doesn't support the option '${key}'`
      : `Block format '${driver}' does not support the option '${key}'`;
    out.push(error('block-driver-option', entry, message, 'key'));
  }
  return out;
}

/** The unknown keys of a format node QEMU probes: only keys no probed format takes. */
function unknownProbedKeys(node: NodeEntries, version: string): SpanDiagnostic[] {
  const out: SpanDiagnostic[] = [];
  for (const [key, entry] of node) {
    if (!noProbedFormatTakes(key, version)) continue;
    out.push(error('block-driver-option', entry,
      `Block format does not support the option '${key}'`, 'key',
      `QEMU names the format it probes from the image (for a raw image: Block format 'raw' ` +
      `does not support the option '${key}'); no format it can probe takes '${key}'`));
  }
  return out;
}

/** The entries of the node: keys the drive does not read itself, split at `file.`. */
function splitNodes(last: Map<string, OptsEntry>, params: readonly Param[]):
    { top: NodeEntries; child: NodeEntries } {
  const top: NodeEntries = new Map();
  const child: NodeEntries = new Map();
  for (const [key, entry] of last) {
    if (DRIVE_KEYS.includes(key) || DRIVE_PREFIXES.some((p) => key.startsWith(p))) continue;
    if (params.some((p) => p.name === key) && !NODE_KEYS.has(key)) continue;
    if (key.startsWith('file.')) child.set(key.slice(5), entry);
    else top.set(key, entry);
  }
  return { top, child };
}

/** Drive parameters that `-drive` hands on to the node (the common block-node options). */
const NODE_KEYS = new Set(['node-name', 'driver', 'cache.direct', 'cache.no-flush', 'read-only',
  'auto-read-only', 'detect-zeroes', 'discard', 'force-share', 'active']);

/** A protocol node: the clash, its values, its unknown keys. */
function protocolFindings(node: NodeEntries, driver: string, file: OptsEntry | undefined,
  version: string, parent: NodeEntries | undefined, snapshot: boolean):
    SpanDiagnostic[] | undefined {
  const clash = filenameClash(file, node);
  if (clash) return clash;
  const shared = forceShared(node, parent, snapshot);
  if (shared) return shared;
  // A drive's file= becomes the filename of a protocol node; one without filenames rejects
  // it, and one that needs a filename and has none is reported first (not judged here).
  const image = file !== undefined && file.value !== '';
  if (image && !FILENAME_PROTOCOLS.includes(driver)) return [];
  const filename = node.get('filename');
  if (!image && filename === undefined && FILENAME_PROTOCOLS.includes(driver)) {
    return [wholeDrive(node.values(), `The '${driver}' block driver requires a file name`,
      'give the image with file= or file.filename=')];
  }
  const values = nodeValues(node);
  if (values) return values;
  const backing = noBacking(node, driver);
  if (backing) return backing;
  const unknown = unknownKeys(node, driver, true, version);
  return unknown.length > 0 ? unknown : undefined;
}

/** Formats that take a backing file (`supports_backing`, 7.2 to 10.2). */
const BACKING_FORMATS = ['qcow2', 'qcow', 'qed', 'vmdk', 'parallels'];

/**
 * `backing` keys on a node: QEMU's message for a driver without backing files, or `[]`
 * (stop: QEMU opens the backing file, which depends on the host) for one with them.
 */
function noBacking(node: NodeEntries, driver: string | undefined): SpanDiagnostic[] | undefined {
  const entry = [...node].find(([key]) => key === 'backing' || key.startsWith('backing.'))?.[1];
  if (entry === undefined) return undefined;
  if (driver === undefined || BACKING_FORMATS.includes(driver)) return [];
  return [error('block-driver-option', entry, "Driver doesn't support backing files", 'key',
    `the '${driver}' driver has no backing file`)];
}

/** An error QEMU reports for the drive as a whole: placed on all of `entries`. */
function wholeDrive(entries: Iterable<OptsEntry>, message: string, hint: string): SpanDiagnostic {
  const end = Math.max(0, ...[...entries].map((e) => e.itemSpan.end));
  return { code: 'block-driver-option', severity: 'error', message, hint, span: { start: 0, end } };
}

/**
 * A format whose drive names no image at all: QEMU opens the format node, then its driver
 * finds no `file` child. Other `file.*` keys make QEMU open a node it cannot name: stop.
 */
function missingImage(top: NodeEntries, child: NodeEntries, driver: string | undefined,
  snapshot: boolean): SpanDiagnostic[] {
  if (driver === undefined || child.size > 0) return [];
  const values = forceShared(top, undefined, snapshot) ?? nodeValues(top);
  if (values) return values;
  return [wholeDrive(top.values(), 'A block device must be specified for "file"',
    'give the image with file=')];
}

/**
 * A format opened read-write on a read-only protocol node: qcow2, which writes to its image
 * when it opens it, fails (`Block node is read-only`) before QEMU looks at its keys; raw,
 * which writes only for its users, opens. Other formats stop the walk (`[]`); a probed one
 * is taken to open, as raw does.
 */
function writesOnReadOnly(top: NodeEntries, child: NodeEntries, driver: string | undefined,
  snapshot: boolean): SpanDiagnostic[] | undefined {
  const below = child.get('read-only');
  if (isOn(below) !== true || snapshot || isOn(top.get('read-only')) === true) return undefined;
  if (driver === undefined || driver === 'raw') return undefined;
  if (driver !== 'qcow2') return [];
  return [error('invalid-combination', below as OptsEntry, 'Block node is read-only', 'key',
    'qcow2 writes to its image: open the drive read-only too, or its file node read-write')];
}

/** Whether `name` is a key or value QEMU reads as a help request. */
const isHelp = (name: string | undefined): boolean => name === 'help' || name === '?';

/**
 * The findings when QEMU opens the drive's nodes; `last` are the drive's entries after
 * QEMU's renames (last value per key), `params` the drive list's typed parameters.
 */
export function driveNodeFindings(last: Map<string, OptsEntry>, params: readonly Param[],
  version: string): SpanDiagnostic[] {
  const { top, child } = splitNodes(last, params);
  const snapshot = isOn(last.get('snapshot')) === true;
  const file = last.get('file');
  const driver = (last.get('driver') ?? last.get('format'))?.value;
  if (isHelp(driver)) return [];
  top.delete('driver');
  if (driver !== undefined && CHECKED_PROTOCOLS.includes(driver)) {
    // A protocol has no `file` child: its `file.*` keys are its own, and unknown.
    for (const [key, entry] of child) top.set(`file.${key}`, entry);
    return protocolFindings(top, driver, file, version, undefined, snapshot) ?? [];
  }
  if (driver !== undefined && !PROBED_FORMATS.includes(driver)) return [];
  // The format's image: json: options, a missing image or an unknown protocol stop here.
  if (file?.value.startsWith('json:')) return [];
  const path = file && file.value !== '' ? file.value : child.get('filename')?.value;
  const named = child.get('driver')?.value;
  if (path === undefined && named === undefined) {
    return missingImage(top, child, driver, snapshot);
  }
  child.delete('driver');
  if (named === undefined && path !== undefined && hasProtocolPrefix(path)) return [];
  const protocol = named ?? protocolOfPath(path ?? '');
  // An unsure protocol (a device) whose node has keys of its own: QEMU may stop there.
  if (protocol === undefined || !CHECKED_PROTOCOLS.includes(protocol)) {
    if (child.size > 0) return [];
  } else {
    const below = protocolFindings(child, protocol, file, version, top, snapshot);
    if (below) return below;
  }
  const values = forceShared(top, undefined, snapshot) ??
    nodeValues(top, child.get('node-name')?.value);
  if (values) return values;
  const backing = noBacking(top, driver);
  if (backing) return backing;
  const readOnlyBelow = writesOnReadOnly(top, child, driver, snapshot);
  if (readOnlyBelow) return readOnlyBelow;
  return driver === undefined ? unknownProbedKeys(top, version)
    : unknownKeys(top, driver, false, version);
}
