import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedOpts } from '../model/qemu-opts-result.js';

/**
 * `-acpitable` while QEMU reads it (`acpi_table_add` in `hw/acpi/core.c`, 7.2 to 10.2): it
 * reads the argument into `AcpiTableOptions`, then needs exactly one of `data` and `file`
 * (`'-acpitable' requires one of 'data' or 'file'`). A single key the type lacks is refused
 * first (`Invalid parameter 'K'`). Only arguments whose every key the visitor surely takes are
 * judged: the string members, and the numbers as plain decimals in their range (others are
 * visited-numbers.ts' concern).
 *
 * @module
 */

/** The string members of `AcpiTableOptions`. */
const STRINGS = new Set(['sig', 'oem_id', 'oem_table_id', 'asl_compiler_id', 'file', 'data']);

/** The integer members, with their largest value. */
const NUMBERS: Record<string, number> = { rev: 0xff, oem_rev: 0xffffffff,
  asl_compiler_rev: 0xffffffff };

/** Whether the options visitor surely reads `key=value` without error. */
function surelyRead(key: string, value: string): boolean {
  if (STRINGS.has(key)) return true;
  if (!Object.hasOwn(NUMBERS, key) || !/^[0-9]{1,10}$/.test(value)) return false;
  return Number(value) <= NUMBERS[key] && !/^0[0-9]/.test(value);
}

/** QEMU's error for an `-acpitable` argument of `length` read as `parsed`, if any. */
export function checkAcpitableSource(parsed: ParsedOpts, length: number): SpanDiagnostic[] {
  if (parsed.id !== undefined || parsed.help) return [];
  // After the members, the visitor refuses a key it did not read; with two or more, which
  // one it names depends on a hash table's order, so only a single one is reported.
  const unknown = parsed.entries.filter((e) => !STRINGS.has(e.key) && !Object.hasOwn(NUMBERS,
    e.key));
  if (new Set(unknown.map((e) => e.key)).size === 1) {
    return [{ code: 'invalid-parameter', severity: 'error',
      message: `Invalid parameter '${unknown[0].key}'`, span: unknown[0].keySpan ??
        unknown[0].itemSpan }];
  }
  if (!parsed.entries.every((e) => surelyRead(e.key, e.value))) return [];
  const has = (key: string) => parsed.entries.some((e) => e.key === key);
  if (has('data') !== has('file')) return [];
  return [{ code: 'required-parameter', severity: 'error',
    message: "'-acpitable' requires one of 'data' or 'file'",
    hint: 'give the table as data=FILE (its body) or file=FILE (a whole table), not both',
    span: { start: 0, end: length } }];
}
