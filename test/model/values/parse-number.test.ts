import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber } from '../../../src/model/values/parse-number.js';

test('spec 2.3: accepted numbers', () => {
  const table: [string, bigint][] = [
    [' \t42', 42n],
    ['42', 42n],
    ['+42', 42n],
    ['0x2a', 42n],
    ['0X2A', 42n],
    ['052', 42n],
    ['0', 0n],
    ['-1', 18446744073709551615n],
    ['-2', 18446744073709551614n],
    ['18446744073709551615', 18446744073709551615n],
    ['-18446744073709551615', 1n],
  ];
  for (const [value, expected] of table) {
    assert.deepEqual(parseNumber('n', value), { ok: true, value: expected }, value);
  }
});

test('spec 2.3: not a number', () => {
  const values = ['', '0 ', '3.14', '1k', '08', '0x', 'x', '-', ' ', '1 2'];
  values.push('99999999999999999999x');
  for (const value of values) {
    assert.deepEqual(parseNumber('bootindex', value), {
      ok: false,
      code: 'invalid-number',
      message: "Parameter 'bootindex' expects a number",
    }, value);
  }
});

test('spec 2.3: beyond 64 bits, either sign, is too large', () => {
  for (const value of ['18446744073709551616', '-18446744073709551616', '0x10000000000000000']) {
    assert.deepEqual(parseNumber('n', value), {
      ok: false,
      code: 'number-too-large',
      message: `Value '${value}' is too large for parameter 'n'`,
    }, value);
  }
});
