import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParamType } from '../../src/catalog/types.js';
import { parseWithParamList } from '../../src/model/parse-with-param-list.js';

const runWith: Record<string, ParamType> = {
  'async-teardown': 'bool',
  chroot: 'string',
  'exit-with-parent': 'bool',
  user: 'string',
};

test('values come back typed, the last occurrence winning', () => {
  const text = 'chroot=/a,exit-with-parent=yes,chroot=/b';
  const result = parseWithParamList(text, { params: runWith });
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual([...result.values], [['chroot', '/b'], ['exit-with-parent', true]]);
  const sized = parseWithParamList('4G,slots=0x10', { params: { size: 'size', slots: 'number' },
    impliedKey: 'size' });
  assert.deepEqual([...sized.values], [['size', 4n * 2n ** 30n], ['slots', 16n]]);
});

test('unknown keys are invalid parameters, matched exactly', () => {
  const result = parseWithParamList('Chroot=/a,on,constructor=1', { params: runWith });
  assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error').map((d) =>
    [d.code, d.message, d.span]), [
    ['invalid-parameter', "Invalid parameter 'Chroot'", { start: 0, end: 6 }],
    ['invalid-parameter', "Invalid parameter 'on'", { start: 10, end: 12 }],
    ['invalid-parameter', "Invalid parameter 'constructor'", { start: 13, end: 24 }],
  ]);
});

test('bad values get QEMU\'s messages at the value', () => {
  const result = parseWithParamList('exit-with-parent=maybe', { params: runWith });
  assert.deepEqual(result.diagnostics, [{ code: 'invalid-bool', severity: 'error',
    message: "Parameter 'exit-with-parent' expects 'on' or 'off'", span: { start: 17, end: 22 } }]);
  const [size] = parseWithParamList('m=1.5', { params: { m: 'size' } }).diagnostics;
  assert.equal(size.code, 'invalid-size');
  assert.equal(size.hint?.split('\n').length, 2);
});

test('short forms warn and convert; help stops lists with descriptors', () => {
  const result = parseWithParamList('noasync-teardown,help,user=x', { params: runWith });
  assert.deepEqual([...result.values], [['async-teardown', false]]);
  assert.deepEqual(result.help, { start: 17, end: 21 });
  assert.equal(result.diagnostics[0].code, 'short-form-boolean');
});

test('a list that accepts anything keeps every key as a string', () => {
  const result = parseWithParamList('virtio-net,help,x=1', { params: {}, impliedKey: 'driver' });
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual([...result.values], [['driver', 'virtio-net'], ['help', 'on'], ['x', '1']]);
});

test('7.2 size rules on request', () => {
  const result = parseWithParamList('size=0x1k', { params: { size: 'size' }, qemuVersion: '7.2' });
  assert.deepEqual(result.values.get('size'), 1024n);
  assert.equal(result.diagnostics[0].code, 'hex-size-suffix');
});
