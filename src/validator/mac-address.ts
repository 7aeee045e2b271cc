/**
 * MAC addresses as QEMU reads them (`net_parse_macaddr` in `net/util.c`, 7.2 to 10.2): a
 * whole number from 0 to 0xFFFFFF in C's base 0 (the last three bytes), or six numbers in
 * base 16 separated by `:` or `-`, each read by C's `strtol` (so `1:2:3:4:5:6`, ` a-b-c-d-e-f`
 * and `0x1:…` read too) and cut to a byte. A first byte with its low bit set is multicast.
 *
 * @module
 */

/** The largest and smallest C `long` on the 64-bit hosts QEMU runs on. */
const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/** What C `strtol(text + at, &end, base)` gives: the value and the index of `end`. */
export function cStrtol(text: string, at: number, base: 0 | 16):
    { value: bigint; end: number; overflow: boolean } {
  let i = at;
  while (i < text.length && ' \t\n\v\f\r'.includes(text[i])) i++;
  let negative = false;
  if (text[i] === '+' || text[i] === '-') negative = text[i++] === '-';
  let radix = base === 16 ? 16 : 10;
  const hexDigit = (c: string | undefined) => c !== undefined && /[0-9a-fA-F]/.test(c);
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X') && hexDigit(text[i + 2])) {
    radix = 16;
    i += 2;
  } else if (base === 0 && text[i] === '0') radix = 8;
  const digit = (c: string) => parseInt(c, radix);
  const start = i;
  let value = 0n;
  while (i < text.length && /[0-9a-zA-Z]/.test(text[i]) && !Number.isNaN(digit(text[i]))) {
    value = value * BigInt(radix) + BigInt(digit(text[i]));
    i++;
  }
  if (i === start) return { value: 0n, end: at, overflow: false };
  const signed = negative ? -value : value;
  if (signed > LONG_MAX) return { value: LONG_MAX, end: i, overflow: true };
  if (signed < LONG_MIN) return { value: LONG_MIN, end: i, overflow: true };
  return { value: signed, end: i, overflow: false };
}

/** The six bytes QEMU reads from `text`, or undefined when it refuses the syntax. */
export function parseMacAddress(text: string): number[] | undefined {
  const whole = cStrtol(text, 0, 0);
  if (!whole.overflow && whole.end === text.length && whole.value >= 0n &&
    whole.value <= 0xffffffn) {
    const v = Number(whole.value);
    return [0, 0, 0, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
  }
  const bytes: number[] = [];
  let at = 0;
  for (let i = 0; i < 6; i++) {
    const read = cStrtol(text, at, 16);
    bytes.push(Number(BigInt.asUintN(8, read.value)));
    at = read.end;
    if (i === 5) return at === text.length ? bytes : undefined;
    if (text[at] !== ':' && text[at] !== '-') return undefined;
    at++;
  }
  return bytes;
}
