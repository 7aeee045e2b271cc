import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSize, SIZE_SUFFIX_HINT } from '../../../src/model/values/parse-size.js';

const ok = (value: bigint) => ({ ok: true, value });
const invalid = (key: string) => ({
  ok: false,
  code: 'invalid-size',
  message: `Parameter '${key}' expects a non-negative number below 2^64`,
  hint: SIZE_SUFFIX_HINT,
});
const outOfRange = (key: string, value: string) => ({
  ok: false,
  code: 'size-out-of-range',
  message: `Value '${value}' is out of range for parameter '${key}'`,
});

test('the hint is QEMU\'s two lines', () => {
  assert.equal(SIZE_SUFFIX_HINT, 'Optional suffix k, M, G, T, P or E means kilo-, mega-, ' +
    'giga-, tera-, peta-\nand exabytes, respectively.');
});

test('spec 2.4: accepted sizes (8.1 and later)', () => {
  const table: [string, bigint][] = [
    ['0', 0n],
    ['1', 1n],
    ['1b', 1n],
    ['1B', 1n],
    ['1k', 1024n],
    ['1K', 1024n],
    ['2m', 2n * 2n ** 20n],
    ['4G', 4n * 2n ** 30n],
    ['1t', 2n ** 40n],
    ['1p', 2n ** 50n],
    ['1e', 2n ** 60n],
    ['15E', 15n * 2n ** 60n],
    ['052', 52n],
    ['0x10', 16n],
    ['1.5k', 1536n],
    ['0.1G', 107374182n],
    ['1.0', 1n],
    ['1.k', 1024n],
    ['.5k', 512n],
    [' 1k', 1024n],
    ['+1k', 1024n],
    ['18446744073709551615', 18446744073709551615n],
    ['16777215T', 18446742974197923840n],
    ['9007199254740993', 9007199254740993n],
    ['9223372036854775809', 9223372036854775809n],
    ['1.5e', 3n * 2n ** 59n],
  ];
  for (const [value, expected] of table) {
    assert.deepEqual(parseSize('s', value), ok(expected), value);
  }
});

test('spec 2.4: invalid sizes', () => {
  for (const value of ['', 'k', '1e3', '0x10k', '0x', '16Gi', '1kB', '1.5', '0.5', '1.5B',
    '-1k', '0b1000', '0x1.8', '1 ', 'inf', 'nan', '.', '1,5k']) {
    assert.deepEqual(parseSize('size', value), invalid('size'), value);
  }
});

test('spec 2.4: out of range', () => {
  for (const value of ['-1', '-0', '18446744073709551616', '16777216T', '16E', '-.5']) {
    assert.deepEqual(parseSize('size', value), outOfRange('size', value), value);
  }
});

test('spec 2.4a: 7.2 accepts a hex size with a suffix, with its deprecation warning', () => {
  assert.deepEqual(parseSize('size', '0x10k', { qemuVersion: '7.2' }), {
    ok: true,
    value: 16384n,
    warning: {
      code: 'hex-size-suffix',
      message: 'Using a multiplier suffix on hex numbers is deprecated: 0x10k',
    },
  });
  assert.deepEqual(parseSize('size', '0x10k', { qemuVersion: '8.0' }), invalid('size'));
});

test('spec 2.4a: before 8.1 negatives are invalid and a fraction needs an integer part', () => {
  for (const value of ['-1', '-0', '.5k', '1.5e3k']) {
    assert.deepEqual(parseSize('size', value, { qemuVersion: '7.2' }), invalid('size'), value);
  }
  assert.deepEqual(parseSize('size', '1.5k', { qemuVersion: '7.2' }), ok(1536n));
  assert.deepEqual(parseSize('size', '1.k', { qemuVersion: '7.2' }), ok(1024n));
  assert.deepEqual(parseSize('size', '16E', { qemuVersion: '7.2' }), outOfRange('size', '16E'));
});
