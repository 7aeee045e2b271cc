import { strtoull } from './c-strtoull.js';
import type { ValueResult } from './value-result.js';
import { requireString } from '../../api/usage-error.js';

/**
 * QemuOpts number values: unsigned 64-bit, read like C `strtoull` with base 0 (spec 2.3;
 * QEMU `parse_option_number` over `qemu_strtou64`).
 *
 * @module
 */

/**
 * Converts a number parameter value. Leading whitespace and a sign are accepted, `0x` is
 * hexadecimal and a leading `0` octal; negatives wrap modulo 2^64; a magnitude beyond
 * 2^64 - 1 is "too large"; no digits or anything after them is "expects a number".
 *
 * @since 0.1.0
 * @throws {QemuOptsUsageError} when called with a value that is not a string.
 */
export function parseNumber(key: string, value: string): ValueResult<bigint> {
  requireString('parseNumber', 'key', key);
  requireString('parseNumber', 'value', value);
  const read = strtoull(value, 0, 0);
  if (!read.converted || read.end !== value.length) {
    return { ok: false, code: 'invalid-number', message: `Parameter '${key}' expects a number` };
  }
  if (read.overflow) {
    return {
      ok: false,
      code: 'number-too-large',
      message: `Value '${value}' is too large for parameter '${key}'`,
    };
  }
  return { ok: true, value: read.value };
}
