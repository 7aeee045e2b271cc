import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedOpts } from '../model/qemu-opts-result.js';
import { compareVersions } from '../catalog/versions.js';

/**
 * `-smbios type=N`: QEMU adds the entry while it reads the command line
 * (`smbios_entry_add` in `hw/smbios/smbios.c`). Without `file=`, it reads the last `type`
 * with C `strtoul` (base 0: `0x` hex, leading `0` octal, other text 0), refuses a type
 * above 127 (`out of range!`) and one it has no fields for. Types 0 to 4, 8, 11, 17 and 41
 * have fields in 7.2, 10.0 and 10.2; 9 has them in 10.0 and 10.2, not in 7.2, and is not
 * reported for a release between 7.2 and 10.0.
 *
 * @module
 */

/** The SMBIOS types QEMU builds fields for, in every release checked (7.2 to 10.2). */
const TYPES_WITH_FIELDS = new Set([0, 1, 2, 3, 4, 8, 11, 17, 41]);

/** Types with fields from a later release: the last sampled one without, the first with. */
const LATER_TYPES = new Map<number, [string, string]>([[9, ['7.2', '10.0']]]);

/** Whether `release` builds fields for `type`: yes, no, or not known (between samples). */
export function typeHasFields(type: number, release: string): 'yes' | 'no' | 'unknown' {
  if (TYPES_WITH_FIELDS.has(type)) return 'yes';
  const later = LATER_TYPES.get(type);
  if (later === undefined || compareVersions(release, later[0]) <= 0) return 'no';
  return compareVersions(release, later[1]) >= 0 ? 'yes' : 'unknown';
}

/** The largest type QEMU accepts (`SMBIOS_MAX_TYPE`). */
const MAX_TYPE = 127;

/** C `strtoul(text, NULL, 0)`, as a number (a negative value wraps past any type). */
function strtoul(text: string): number {
  const match = /^\s*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)/i.exec(text);
  if (!match) return 0;
  const digits = match[2];
  const value = /^0x/i.test(digits) ? parseInt(digits.slice(2), 16)
    : digits.startsWith('0') ? parseInt(digits, 8) : Number(digits);
  return match[1] === '-' && value !== 0 ? Number.MAX_SAFE_INTEGER : value;
}

/** The type a parsed `-smbios` argument without `file=` asks for (its last `type`), if any. */
export function smbiosType(parsed: ParsedOpts): number | undefined {
  const type = [...parsed.entries].reverse().find((e) => e.key === 'type');
  return type === undefined ? undefined : strtoul(type.value);
}

/** QEMU's error for the `type` of a parsed `-smbios` argument, if any. */
export function checkSmbiosType(parsed: ParsedOpts, release: string): SpanDiagnostic[] {
  const entries = parsed.entries;
  if (entries.some((e) => e.key === 'file')) return [];
  const type = [...entries].reverse().find((e) => e.key === 'type');
  if (type === undefined) return [];
  const value = strtoul(type.value);
  const span = type.valueSpan ?? type.itemSpan;
  const message = value > MAX_TYPE ? 'out of range!'
    : typeHasFields(value, release) !== 'no' ? undefined
    : `Don't know how to build fields for SMBIOS type ${value}`;
  if (message === undefined) return [];
  return [{ code: 'invalid-argument', severity: 'error', message, span }];
}
