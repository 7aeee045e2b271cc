import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry, ParsedOpts } from '../model/qemu-opts-result.js';
import { compareVersions } from '../catalog/versions.js';
import { parseBool } from '../model/values/parse-bool.js';
import { parseNumber } from '../model/values/parse-number.js';
import { checkSmbiosType, smbiosType, typeHasFields } from './smbios-type.js';

/**
 * `-smbios`: QEMU checks each one while it reads the command line (`smbios_entry_add` in
 * `hw/smbios/smbios.c`, read in 7.2, 10.0 and 10.2). With `file=`, no other key is allowed;
 * QEMU then reads the file (not checked here). Otherwise `type=` picks a field list (type 9
 * has one from 10.0): each key, in the order written, must be in it and its value must read
 * as its type; then type 0 wants `release=MAJOR.MINOR`, type 1 a UUID, type 4 speeds up to
 * 65535, and type 41 a known `kind`. With neither `file` nor `type`, QEMU refuses the option.
 *
 * @module
 */

/** A field's type, and the sampled releases around its arrival when it came later. */
interface Field {
  /** QemuOpts type. */
  type: 'string' | 'number' | 'bool';
  /** The last sampled release without the field and the first with it. */
  added?: [string, string];
}

const str: Field = { type: 'string' };
const num: Field = { type: 'number' };

/** Fields every release from 7.2 has, and the names of string fields of a type. */
const strings = (...names: string[]): Record<string, Field> =>
  Object.fromEntries(names.map((n) => [n, str]));

/** The field list of each type that has one (7.2 to 10.2). */
const FIELDS: Record<number, Record<string, Field>> = {
  0: { type: num, ...strings('vendor', 'version', 'date', 'release'),
    uefi: { type: 'bool' }, vm: { type: 'bool', added: ['10.0', '10.2'] } },
  1: { type: num, ...strings('manufacturer', 'product', 'version', 'serial', 'uuid', 'sku',
    'family') },
  2: { type: num, ...strings('manufacturer', 'product', 'version', 'serial', 'asset',
    'location') },
  3: { type: num, ...strings('manufacturer', 'version', 'serial', 'asset', 'sku') },
  4: { type: num, ...strings('sock_pfx', 'manufacturer', 'version', 'serial', 'asset', 'part'),
    'max-speed': num, 'current-speed': num, 'processor-id': num,
    'processor-family': { type: 'number', added: ['7.2', '10.0'] } },
  8: { type: num, ...strings('internal_reference', 'external_reference'),
    connector_type: num, port_type: num },
  9: { type: num, ...strings('slot_designation', 'pci_device'), slot_type: num,
    slot_data_bus_width: num, current_usage: num, slot_length: num, slot_id: num,
    slot_characteristics1: num, slot_characteristics2: num },
  11: { type: num, ...strings('value', 'path') },
  17: { type: num, ...strings('loc_pfx', 'bank', 'manufacturer', 'serial', 'asset', 'part'),
    speed: num },
  41: { type: num, ...strings('designation', 'kind', 'pcidev'), instance: num },
};

/** The values of type 41's `kind` (`type41_kind` in `smbios.c`). */
const KINDS = new Set(['other', 'unknown', 'video', 'scsi', 'ethernet', 'tokenring', 'sound',
  'pata', 'sata', 'sas']);

/** The fastest CPU speed a type 4 entry can give (`UINT16_MAX`). */
const MAX_SPEED = 65535n;

/** A finding on `entry`'s key or value. */
function finding(code: string, message: string, entry: OptsEntry, onValue: boolean):
    SpanDiagnostic {
  const span = (onValue ? entry.valueSpan : entry.keySpan) ?? entry.itemSpan;
  return { code, severity: 'error', message, span };
}

/** Whether `field` is there in `release`: yes, no, or not known (between samples). */
function presence(field: Field, release: string): 'yes' | 'no' | 'unknown' {
  if (field.added === undefined) return 'yes';
  if (compareVersions(release, field.added[0]) <= 0) return 'no';
  return compareVersions(release, field.added[1]) >= 0 ? 'yes' : 'unknown';
}

/** QEMU's error for one entry against the field list, `null` when the walk must stop. */
function entryError(entry: OptsEntry, fields: Record<string, Field>, release: string):
    SpanDiagnostic | undefined | null {
  const field = Object.hasOwn(fields, entry.key) ? fields[entry.key] : undefined;
  const known = field === undefined ? 'no' : presence(field, release);
  if (known === 'unknown') return null;
  if (known === 'no') {
    return finding('invalid-parameter', `Invalid parameter '${entry.key}'`, entry, false);
  }
  const read = field!.type === 'number' ? parseNumber(entry.key, entry.value)
    : field!.type === 'bool' ? parseBool(entry.key, entry.value, release) : undefined;
  return read && !read.ok ? finding(read.code, read.message, entry, true) : undefined;
}

/** The last entry of `key`, which QEMU's `qemu_opt_get` reads. */
const last = (entries: readonly OptsEntry[], key: string): OptsEntry | undefined =>
  [...entries].reverse().find((e) => e.key === key);

/** A UUID as `qemu_uuid_parse` reads one. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `sscanf(text, "%hhu.%hhu")` reading both numbers. */
const RELEASE = /^[ \t\n\v\f\r]*[+-]?[0-9]+\.[ \t\n\v\f\r]*[+-]?[0-9]/;

/** The check a type makes of its values once every key passed, in QEMU's order. */
function typeValueError(type: number, entries: readonly OptsEntry[]): SpanDiagnostic[] {
  const at = (key: string): OptsEntry | undefined => last(entries, key);
  const fail = (message: string, entry: OptsEntry): SpanDiagnostic[] =>
    [finding('invalid-argument', message, entry, true)];
  const release = at('release');
  if (type === 0 && release && !RELEASE.test(release.value)) {
    return fail('Invalid release', release);
  }
  const uuid = at('uuid');
  if (type === 1 && uuid && !UUID.test(uuid.value)) return fail('Invalid UUID', uuid);
  if (type === 4) {
    for (const key of ['max-speed', 'current-speed']) {
      const speed = at(key);
      const value = speed ? parseNumber(key, speed.value) : undefined;
      if (speed && value?.ok && value.value > MAX_SPEED) {
        return fail('SMBIOS CPU speed is too large (> 65535)', speed);
      }
    }
  }
  const kind = at('kind');
  if (type === 41 && kind && !KINDS.has(kind.value)) {
    return fail(`invalid parameter value: ${kind.value}`, kind);
  }
  return [];
}

/** QEMU's error for a parsed `-smbios` argument of release `release`, if any. */
export function checkSmbios(parsed: ParsedOpts, release: string, length: number):
    SpanDiagnostic[] {
  const entries = parsed.entries;
  if (entries.some((e) => e.key === 'file')) {
    const other = entries.find((e) => e.key !== 'file');
    return other ? [finding('invalid-parameter', `Invalid parameter '${other.key}'`, other,
      false)] : [];
  }
  const typeFound = checkSmbiosType(parsed, release);
  if (typeFound.length > 0) return typeFound;
  const type = smbiosType(parsed);
  if (type === undefined) {
    return [{ code: 'required-parameter', severity: 'error',
      message: 'Must specify type= or file=', span: { start: 0, end: length } }];
  }
  // A type that may or may not have fields in this release (9 before 10.0) stops here.
  if (typeHasFields(type, release) !== 'yes') return [];
  const fields = FIELDS[type];
  for (const entry of entries) {
    const error = entryError(entry, fields, release);
    if (error === null) return [];
    if (error) return [error];
  }
  return typeValueError(type, entries);
}
