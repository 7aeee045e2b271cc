import { isCSpace } from './c-strtoull.js';

/**
 * The parts of C `strtod` that QEMU's size parser can reach (spec 2.4): an optional sign
 * and a decimal number, with or without an exponent; `inf`/`nan` are not finite.
 *
 * @module
 */

/** What `strtod` found. */
export interface StrtodResult {
  /** `ok`, `einval` (nothing converted or not finite) or `erange` (over- or underflow). */
  status: 'ok' | 'einval' | 'erange';
  /** Offset just past the number; the start offset when nothing was converted. */
  end: number;
  /** The value (may be `-0`). */
  value: number;
}

const DECIMAL = /[+-]?(?:\d+\.?\d*|\.\d+)/y;
const DECIMAL_EXP = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NON_FINITE = /[+-]?(?:inf|nan)/iy;
/** The smallest normal double: glibc reports results below it as an underflow. */
const DBL_MIN = 2.2250738585072014e-308;

/** `strtod(text + start)`, finite only (QEMU `qemu_strtod_finite`). */
export function strtodFinite(text: string, start: number, exponent: boolean): StrtodResult {
  let i = start;
  while (isCSpace(text[i])) i++;
  NON_FINITE.lastIndex = i;
  if (NON_FINITE.test(text)) return { status: 'einval', end: start, value: 0 };
  const pattern = exponent ? DECIMAL_EXP : DECIMAL;
  pattern.lastIndex = i;
  const match = pattern.exec(text);
  if (!match) return { status: 'einval', end: start, value: 0 };
  const value = Number(match[0]);
  const end = i + match[0].length;
  if (!Number.isFinite(value)) return { status: 'erange', end, value };
  const magnitude = Math.abs(value);
  const nonZeroDigit = /[1-9]/.test(match[0].replace(/[eE].*$/, ''));
  const underflow = (magnitude === 0 && nonZeroDigit) || (magnitude > 0 && magnitude < DBL_MIN);
  return { status: underflow ? 'erange' : 'ok', end, value };
}
