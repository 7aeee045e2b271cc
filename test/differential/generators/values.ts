/**
 * fast-check arbitraries for QemuOpts and keyval values: good spellings, wrong types,
 * boundary numbers and sizes (spec section 2), and harmless free strings.
 *
 * @module
 */
import fc from 'fast-check';
import type { ValueType } from './qemu-7.2-lists.js';

/** Bool spellings QEMU accepts and some it does not (spec 2.2). */
export const boolValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('on', 'off', 'yes', 'no', 'true', 'false', 'y', 'n') },
  { weight: 1, arbitrary: fc.constantFrom('On', 'OFF', '1', '0', '', 'maybe', 'onn') },
);

/** Numbers: decimal, hex, octal, signs, whitespace, junk, 64-bit edges (spec 2.3). */
export const numberValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('0', '1', '42', '0x1f', '052', '-1', ' 7', '+3') },
  { weight: 1, arbitrary: fc.constantFrom('', '3.14', '1k', '08', 'abc', '0x', '7 ', '1e3') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('18446744073709551615', '18446744073709551616',
      '-18446744073709551616'),
  },
  { weight: 2, arbitrary: fc.nat({ max: 100000 }).map(String) },
);

/** Sizes: suffixes, fractions, hex, edges, and typical mistakes (spec 2.4). */
export const sizeValue = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('0', '1k', '64M', '128M', '1.5M', '0x1000', '512', '1.0', '.5k',
      ' 1k'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('', 'k', '1e3', '16Gi', '1kB', '8GB', '1.5', '0.5', '1.5B', '0x',
      '0x10k'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('-1', '-0', '-1k', '16E', '18446744073709551616', '16777216T',
      '15E', '16777215T', '18446744073709551615'),
  },
  { weight: 2, arbitrary: fc.nat({ max: 4096 }).map((n) => `${n}M`) },
);

/** Safe text for free string values: no `/`, so never a path outside the run directory. */
const safeChar = fc.constantFrom(...'abcxyz019._-='.split(''));

/** Free strings, including `,,` escapes, `=`, empty and `help`. */
export const freeString = fc.oneof(
  fc.string({ unit: safeChar, maxLength: 8 }),
  fc.constantFrom('', 'a,,b', ',,', 'x=y', 'help', '?', 'on'),
);

/** A value of the given type, or one of `strings` when the facts list them. */
export function valueOf(type: ValueType, strings?: readonly string[]): fc.Arbitrary<string> {
  switch (type) {
    case 'bool':
      return boolValue;
    case 'number':
      return numberValue;
    case 'size':
      return strings ? fc.constantFrom(...strings) : sizeValue;
    case 'string':
      return strings ? fc.constantFrom(...strings) : freeString;
  }
}

/** Keys that no list has, including near misses and odd spellings. */
export const unknownKey = fc.constantFrom('bogus', 'Timestamp', 'guest_name', 'sizes', 'x', '7up');

/** Identifiers, good and bad (spec 1.8). */
export const idValue = fc.constantFrom('id0', 'a-b.c_d', 'X', '1x', '', '_a', 'a b', 'a,,b', 'dup');
