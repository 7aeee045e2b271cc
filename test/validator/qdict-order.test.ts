import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstLeftover, qdictOrder } from '../../src/validator/qdict-order.js';

// The leftover key QEMU names comes from replaying QDict and GLib hash-table order; the
// expected keys are QEMU 7.2's messages for these -blockdev arguments (also pinned live in
// test/regressions/4-qapi-members.test.ts).

const read = ['driver', 'node-name'];

test('no leftover when every key was read', () => {
  assert.equal(firstLeftover(['driver', 'node-name'], read), undefined);
});

test('a small table: bucket order, not written order', () => {
  assert.equal(firstLeftover(['driver', 'node-name', 'zz', 'aa', 'mm'], read), 'aa');
  assert.equal(firstLeftover(['driver', 'node-name', 'foo', 'bar', 'baz', 'qux', 'quux'], read),
    'baz');
});

test('a table that grew past eight keys and was rehashed in place', () => {
  const keys = ['driver', 'node-name', ...Array.from({ length: 9 }, (_, i) => `k${i + 1}`)];
  assert.equal(firstLeftover(keys, read), 'k6');
  const greek = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota',
    'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho'];
  assert.equal(firstLeftover(['driver', 'node-name', ...greek], read), 'epsilon');
});

test('qdictOrder keeps every key once, whatever the insertion order', () => {
  const keys = ['b', 'a', 'c', 'a'];
  assert.deepEqual(qdictOrder(keys).slice().sort(), ['a', 'b', 'c']);
});
