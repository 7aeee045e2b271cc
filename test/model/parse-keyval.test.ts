import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyvalToJson } from '../../src/model/keyval-tree.js';
import { parseKeyval, type KeyvalParseOptions } from '../../src/model/parse-keyval.js';

/** The tree of `text` as plain JSON, or the error message. */
function read(text: string, options: KeyvalParseOptions = {}): unknown {
  const parsed = parseKeyval(text, options);
  return parsed.diagnostics.length > 0 ? parsed.diagnostics[0].message : keyvalToJson(parsed.root);
}

test('spec 3.1: dotted keys build objects, numeric fragments arrays', () => {
  assert.deepEqual(read('a.b.c=1,d=3'), { a: { b: { c: '1' } }, d: '3' });
  assert.deepEqual(read('list.0=x,list.1=y'), { list: ['x', 'y'] });
  assert.deepEqual(read('list.1=y,list.0=x'), { list: ['x', 'y'] });
  assert.deepEqual(read('list.01=y,list.0=x'), { list: ['x', 'y'] });
  assert.deepEqual(read('a.0.b=1,a.1.b=2'), { a: [{ b: '1' }, { b: '2' }] });
  assert.deepEqual(read('__com.example_foo=1'), { '__com.example_foo': '1' });
  assert.deepEqual(read('constructor=1'), { constructor: '1' });
});

test('spec 3.1: values as in QemuOpts; id is not special; last one wins', () => {
  assert.deepEqual(read('a=x,,y=z,b='), { a: 'x,y=z', b: '' });
  assert.deepEqual(read('id=foo,id=bar'), { id: 'bar' });
  assert.deepEqual(read('id=666'), { id: '666' });
  assert.deepEqual(read('a=1,a=3'), { a: '3' });
  assert.deepEqual(read('x=y,'), { x: 'y' });
  assert.deepEqual(read(''), {});
});

test('spec 3.1: implied key', () => {
  assert.deepEqual(read('qcow2,file=x', { impliedKey: 'driver' }), { driver: 'qcow2', file: 'x' });
  assert.deepEqual(read('val', { impliedKey: 'eins.zwei' }), { eins: { zwei: 'val' } });
  assert.equal(read('val,,ue', { impliedKey: 'driver' }), "Invalid parameter ''");
  assert.equal(read(',', { impliedKey: 'driver' }), "Invalid parameter ''");
  assert.equal(read(',,,a=1', { impliedKey: 'driver' }), "Invalid parameter ''");
  assert.deepEqual(read('help.abc', { impliedKey: 'driver' }), { driver: 'help.abc' });
  assert.deepEqual(read('driver=x', { impliedKey: 'driver' }), { driver: 'x' });
  assert.equal(read('a,b', { impliedKey: 'driver' }), "Expected '=' after parameter 'b'");
});

test('spec 3.1: help anywhere, the rest still parsed', () => {
  const parsed = parseKeyval('number=42,help,foo=bar');
  assert.deepEqual(keyvalToJson(parsed.root), { number: '42', foo: 'bar' });
  assert.deepEqual(parsed.help, [{ start: 10, end: 14 }]);
  assert.deepEqual(parseKeyval('?', { impliedKey: 'type' }).help, [{ start: 0, end: 1 }]);
  assert.deepEqual(parseKeyval('help', { impliedKey: 'type' }).help.length, 1);
  assert.deepEqual(read('help=on'), { help: 'on' });
  assert.equal(read('help.abc'), "Expected '=' after parameter 'help.abc'");
  assert.equal(read('a=1,help', { helpSupported: false }), 'Help is not available for this option');
});

test('spec 3.2: messages', () => {
  const table: [string, string][] = [
    ['=val', "Invalid parameter ''"],
    [',', "Invalid parameter ''"],
    ['.', "Invalid parameter '.'"],
    ['key.', "Invalid parameter 'key.'"],
    ['7up=val', "Invalid parameter '7up'"],
    ['key[0]=val', "Invalid parameter 'key[0]'"],
    ['0=1', "Invalid parameter '0'"],
    ['an', "Expected '=' after parameter 'an'"],
    ['a.b=1,a=2', "Parameters 'a.*' used inconsistently"],
    ['a=1,a.b=2', "Parameters 'a.*' used inconsistently"],
    ['a.b=1,a.b.c=2', "Parameters 'a.b.*' used inconsistently"],
    ['a.b.c=1,a.b.0=2', "Parameters 'a.b.*' used inconsistently"],
    ['list.1=y', "Parameter 'list.0' missing"],
    ['list.0=x,list.2=z', "Parameter 'list.1' missing"],
    ['a.x.1=y', "Parameter 'a.x.0' missing"],
    ['x'.repeat(128) + '=1', `Parameter '${'x'.repeat(128)}' is too long`],
    ['a.' + 'y'.repeat(128) + '=1', `Parameter fragment '${'y'.repeat(128)}' is too long`],
  ];
  for (const [text, message] of table) assert.equal(read(text), message, text);
  assert.deepEqual(read('x'.repeat(127) + '=1'), { ['x'.repeat(127)]: '1' });
});

test('errors point at the key', () => {
  const [invalid] = parseKeyval('a=1,7up=val').diagnostics;
  assert.equal(invalid.code, 'keyval-invalid-key');
  assert.deepEqual(invalid.span, { start: 4, end: 7 });
  const [missing] = parseKeyval('a=1,an').diagnostics;
  assert.equal(missing.code, 'keyval-missing-equals');
  assert.deepEqual(missing.span, { start: 4, end: 6 });
});

test('leaves carry key and value spans', () => {
  const root = parseKeyval('file.filename=a,,b', { impliedKey: 'driver' }).root;
  const file = root.members.get('file');
  assert.equal(file?.kind, 'object');
  const leaf = file?.kind === 'object' ? file.members.get('filename') : undefined;
  assert.deepEqual(leaf, { kind: 'string', value: 'a,b', key: 'file.filename',
    keySpan: { start: 0, end: 13 }, valueSpan: { start: 14, end: 18 } });
});
