import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry, ParsedOpts } from '../model/qemu-opts-result.js';

/**
 * Sizes written without a unit where the option's default unit makes the number unlikely
 * (issue 4 item 3). QEMU accepts both; the guest just gets a surprising amount of memory:
 *
 * - `-m N` is N MiB (QEMU appends `M` to a value ending in a digit), so `-m 1073741824`,
 *   written in bytes, asks for 1 PiB. Warned from 1 TiB (1048576) on.
 * - `size=N` of a memory backend (`-object memory-backend-ram,…`) is N bytes, so
 *   `size=512`, written in MiB, gives 512 bytes. Warned below 1 MiB.
 *
 * @module
 */

/** -m values from here on (in MiB) are more likely bytes than a real amount of memory. */
const HUGE_MIB = 1n << 20n;
/** Backend sizes below this (in bytes) are more likely MiB than a real backend. */
const TINY_BYTES = 1n << 20n;

/** The number of a plain decimal value, or undefined when it has a unit or is no number. */
function bareNumber(value: string): bigint | undefined {
  return /^\d+$/.test(value) ? BigInt(value) : undefined;
}

/** The last entry with `key` (QEMU reads the last one). */
function lastOf(entries: readonly OptsEntry[], key: string): OptsEntry | undefined {
  return entries.filter((e) => e.key === key).pop();
}

/** A bare-size-unit warning on `entry`. */
function warning(entry: OptsEntry, message: string, hint: string): SpanDiagnostic {
  return {
    code: 'bare-size-unit', severity: 'warning', message, hint,
    span: entry.valueSpan ?? entry.itemSpan,
  };
}

/** Findings for the argument of `option` (name without dash), already parsed. */
export function bareSizeUnitFindings(option: string, parsed: ParsedOpts): SpanDiagnostic[] {
  if (option === 'm') {
    const size = lastOf(parsed.entries, 'size');
    const n = size && bareNumber(size.value);
    if (!size || n === undefined || n < HUGE_MIB) return [];
    return [warning(size, `-m ${size.value} means ${size.value} MiB, not bytes`,
      'A number without a unit is in MiB for -m; write the unit, e.g. -m 4G')];
  }
  if (option === 'object') {
    const type = lastOf(parsed.entries, 'qom-type');
    const size = lastOf(parsed.entries, 'size');
    const n = size && bareNumber(size.value);
    if (!type?.value.startsWith('memory-backend-') || !size || n === undefined) return [];
    if (n === 0n || n >= TINY_BYTES) return [];
    return [warning(size, `size=${size.value} of ${type.value} means ${size.value} bytes`,
      `A number without a unit is in bytes for a memory backend; write the unit, e.g. size=${size.value}M`)];
  }
  return [];
}
