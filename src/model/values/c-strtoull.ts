/**
 * C `strtoull` as glibc implements it, over a JS string, with BigInt results: the base for
 * QEMU's number and size parsers (spec 2.3, 2.4).
 *
 * @module
 */

/** What `strtoull` found. */
export interface StrtoullResult {
  /** Offset just past the digits, or the start offset if nothing was converted. */
  end: number;
  /** The value modulo 2^64 (negatives wrapped); `2^64 - 1` on overflow. */
  value: bigint;
  /** Some digits were read. */
  converted: boolean;
  /** The magnitude exceeded 2^64 - 1 (`ERANGE`). */
  overflow: boolean;
  /** A `-` sign was read. */
  negative: boolean;
}

/** C `isspace` in the C locale. */
export function isCSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';
}

const U64_MAX = (1n << 64n) - 1n;

/** The value of digit `ch` in `base`, or -1. */
function digitValue(ch: string, base: number): number {
  const code = ch.charCodeAt(0);
  let v = -1;
  if (code >= 48 && code <= 57) v = code - 48;
  else if (code >= 97 && code <= 122) v = code - 87;
  else if (code >= 65 && code <= 90) v = code - 55;
  return v < base ? v : -1;
}

/** `strtoull(text + start, &end, base)` for base 0, 8, 10 or 16. */
export function strtoull(text: string, start: number, base: number): StrtoullResult {
  let i = start;
  while (isCSpace(text[i])) i++;
  let negative = false;
  if (text[i] === '+' || text[i] === '-') negative = text[i++] === '-';
  const hexPrefix =
    text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X') &&
    text[i + 2] !== undefined && digitValue(text[i + 2], 16) >= 0;
  if ((base === 0 || base === 16) && hexPrefix) {
    base = 16;
    i += 2;
  } else if (base === 0) {
    base = text[i] === '0' ? 8 : 10;
  }
  const digitsStart = i;
  let value = 0n;
  const big = BigInt(base);
  while (i < text.length && digitValue(text[i], base) >= 0) {
    value = value * big + BigInt(digitValue(text[i], base));
    i++;
  }
  if (i === digitsStart) {
    return { end: start, value: 0n, converted: false, overflow: false, negative: false };
  }
  if (value > U64_MAX) return { end: i, value: U64_MAX, converted: true, overflow: true, negative };
  const wrapped = negative && value !== 0n ? (1n << 64n) - value : value;
  return { end: i, value: wrapped, converted: true, overflow: false, negative };
}
