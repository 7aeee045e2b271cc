import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatQemuOpts } from '../../src/model/format-qemu-opts.js';
import { parseQemuOpts } from '../../src/model/parse-qemu-opts.js';

test('values are printed with every comma doubled, id first', () => {
  const entries = [
    { key: 'file', value: 'a,b,' },
    { key: '', value: 'x' },
    { key: 'k', value: '' },
  ];
  assert.equal(formatQemuOpts(entries), 'file=a,,b,,,=x,k=');
  assert.equal(formatQemuOpts([{ key: 'a', value: '1' }], 'd0'), 'id=d0,a=1');
  assert.equal(formatQemuOpts([]), '');
});

const key = fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'o', 'i', 'd', '-', '.', 'é', ' ') })
  .filter((k) => k !== 'id');
const value = fc.string({ unit: fc.constantFrom('a', ',', '=', 'x', ' ', '\u{1F600}', '\n') });

test('property: formatting entries and parsing them back gives the same entries', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ key, value }), { maxLength: 12 }), (entries) => {
      const parsed = parseQemuOpts(formatQemuOpts(entries));
      const plain = entries.map((e) => ({ key: e.key, value: e.value }));
      assert.deepEqual(parsed.entries.map((e) => ({ key: e.key, value: e.value })), plain);
    }),
    { numRuns: 2000 },
  );
});

test('property: parsing, printing and parsing again keeps the entries', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'n', 'o', ',', '=', 'x', '?') }), (text) => {
      const first = parseQemuOpts(text).entries.map((e) => ({ key: e.key, value: e.value }));
      const again = parseQemuOpts(formatQemuOpts(first)).entries;
      assert.deepEqual(again.map((e) => ({ key: e.key, value: e.value })), first);
    }),
    { numRuns: 2000 },
  );
});
