import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQemuOpts } from '../../src/model/parse-qemu-opts.js';
import type { QemuOptsParseOptions } from '../../src/model/qemu-opts-result.js';

/** The entries of `text` as [key, value] pairs. */
function pairs(text: string, options: QemuOptsParseOptions = {}): [string, string][] {
  return parseQemuOpts(text, options).entries.map((e) => [e.key, e.value]);
}

const implied = { impliedKey: 'implied' };

test('spec 1.2: tokenisation', () => {
  const table: [string, [string, string][]][] = [
    ['', []],
    ['x=y,', [['x', 'y']]],
    [',', [['', 'on']]],
    ['a,,b=c', [['a', 'on'], ['', 'on'], ['b', 'c']]],
    ['=val', [['', 'val']]],
    ['a=b=c', [['a', 'b=c']]],
    ['Key=Val', [['Key', 'Val']]],
    [' a = b ', [[' a ', ' b ']]],
  ];
  for (const [text, expected] of table) assert.deepEqual(pairs(text), expected, text);
});

test('spec 1.3: values and the ,, escape, pairs taken greedily from the left', () => {
  const table: [string, [string, string][]][] = [
    ['k=my,,file,if=none', [['k', 'my,file'], ['if', 'none']]],
    ['k=b,,', [['k', 'b,']]],
    ['k=,,,,', [['k', ',,']]],
    ['k=,,,,,', [['k', ',,']]],
    ['k=,,id=bar', [['k', ',id=bar']]],
    ['k=', [['k', '']]],
  ];
  for (const [text, expected] of table) assert.deepEqual(pairs(text), expected, text);
});

test('spec 1.4: implied first key', () => {
  const table: [string, [string, string][]][] = [
    ['an,noaus,noaus=', [['implied', 'an'], ['aus', 'off'], ['noaus', '']]],
    [',', [['implied', '']]],
    [',,,a=1', [['implied', ','], ['a', '1']]],
    ['=val', [['', 'val']]],
    ['help', [['implied', 'help']]],
    ['a,help', [['implied', 'a'], ['help', 'on']]],
    ['a,,b=c', [['implied', 'a,b=c']]],
    ['size=4G', [['size', '4G']]],
  ];
  for (const [text, expected] of table) assert.deepEqual(pairs(text, implied), expected, text);
  assert.equal(parseQemuOpts('a,help', implied).entries[0].form, 'implied');
});

test('spec 1.5: flags and the no prefix', () => {
  assert.deepEqual(pairs('notify'), [['tify', 'off']]);
  assert.deepEqual(pairs('no'), [['', 'off']]);
  assert.deepEqual(pairs('nohelp'), [['help', 'off']]);
  assert.deepEqual(pairs('an'), [['an', 'on']]);
  const entry = parseQemuOpts('noasync-teardown').entries[0];
  assert.equal(entry.form, 'flag');
  assert.equal(entry.negated, true);
  assert.deepEqual(entry.keySpan, { start: 0, end: 16 });
});

test('spec 1.5: the short-form warning, as QEMU prints it, with a fix', () => {
  const [warning] = parseQemuOpts('chroot=/x,noasync-teardown').diagnostics;
  assert.equal(warning.code, 'short-form-boolean');
  assert.equal(warning.severity, 'warning');
  assert.equal(warning.message, "short-form boolean option 'noasync-teardown' deprecated");
  assert.equal(warning.hint, 'Please use async-teardown=off instead');
  assert.deepEqual(warning.span, { start: 10, end: 26 });
  assert.deepEqual(warning.fix?.edits, [{ start: 10, end: 26, newText: 'async-teardown=off' }]);
  assert.equal(parseQemuOpts('debug-threads').diagnostics[0].hint,
    'Please use debug-threads=on instead');
});

test('spec 1.5: delay and nodelay advise nodelay', () => {
  assert.equal(parseQemuOpts('delay').diagnostics[0].hint, 'Please use nodelay=off instead');
  assert.equal(parseQemuOpts('nodelay').diagnostics[0].hint, 'Please use nodelay=on instead');
  assert.equal(parseQemuOpts('nodelay').diagnostics[0].message,
    "short-form boolean option 'nodelay' deprecated");
});

test('spec 1.5: the plain parse never warns; help flags never warn', () => {
  assert.deepEqual(parseQemuOpts('a,nob', { commandLine: false }).diagnostics, []);
  assert.deepEqual(parseQemuOpts('help').diagnostics, []);
  assert.deepEqual(parseQemuOpts('?').diagnostics, []);
});

test('spec 1.6: help stops a command-line parse of a list with descriptors', () => {
  const parsed = parseQemuOpts('a=1,help,b=2', { helpStops: true });
  assert.deepEqual(parsed.help, { start: 4, end: 8 });
  assert.deepEqual(parsed.entries.map((e) => e.key), ['a']);
  assert.deepEqual(parseQemuOpts('x,?', { helpStops: true }).help, { start: 2, end: 3 });
  for (const text of ['help=on', 'helpme', '?me', 'nohelp']) {
    assert.equal(parseQemuOpts(text, { helpStops: true }).help, undefined, text);
  }
  assert.equal(parseQemuOpts('help', { helpStops: true, ...implied }).help, undefined);
  assert.equal(parseQemuOpts('help', { helpStops: true, commandLine: false }).help, undefined);
  assert.deepEqual(pairs('help'), [['help', 'on']]);
});

test('spec 1.7: empty and odd inputs', () => {
  const table: [string, [string, string][], [string, string][]][] = [
    ['', [], []],
    [',', [['', 'on']], [['implied', '']]],
    ['=val', [['', 'val']], [['', 'val']]],
    ['no', [['', 'off']], [['implied', 'no']]],
    ['x=', [['x', '']], [['x', '']]],
    ['x=y,', [['x', 'y']], [['x', 'y']]],
  ];
  for (const [text, plain, withImplied] of table) {
    assert.deepEqual(pairs(text), plain, text);
    assert.deepEqual(pairs(text, implied), withImplied, text);
  }
});

test('spec 1.8: id', () => {
  const first = parseQemuOpts('id=foo,id=bar,x=1');
  assert.deepEqual(first.id, { value: 'foo', span: { start: 3, end: 6 } });
  assert.deepEqual(pairs('id=foo,id=bar,x=1'), [['x', '1']]);
  assert.equal(parseQemuOpts('a,id').id?.value, 'on');
  assert.equal(parseQemuOpts('noid').id?.value, 'off');
  assert.deepEqual(pairs('noid'), []);
  assert.equal(parseQemuOpts('x=,,id=bar').id, undefined);
  const device = parseQemuOpts('id', { impliedKey: 'driver' });
  assert.equal(device.id?.value, 'on');
  assert.deepEqual(device.entries.map((e) => [e.key, e.value]), [['driver', 'id']]);
});

test('spec 1.8: malformed IDs get QEMU\'s message and hint', () => {
  for (const id of ['1x', '', '-a', 'a b', 'é']) {
    const [error] = parseQemuOpts(`x=1,id=${id}`).diagnostics;
    assert.equal(error?.code, 'invalid-id', id);
    assert.equal(error.message, "Parameter 'id' expects an identifier");
    assert.equal(error.hint,
      "Identifiers consist of letters, digits, '-', '.', '_', starting with a letter.");
    assert.deepEqual(error.span, { start: 7, end: 7 + id.length });
  }
  for (const id of ['a', 'A-1.b_c', 'drive0']) {
    assert.deepEqual(parseQemuOpts(`id=${id}`).diagnostics, [], id);
  }
});

test('spec 1.8: an id in a merging list is an invalid parameter', () => {
  const [error] = parseQemuOpts('guest=x,id=a', { mergeLists: true }).diagnostics;
  assert.equal(error.code, 'id-in-merged-list');
  assert.equal(error.message, "Invalid parameter 'id'");
});

test('spec 1.9: duplicate keys are all kept, in order', () => {
  assert.deepEqual(pairs('a=1,b=2,,x,a=3'), [['a', '1'], ['b', '2,x'], ['a', '3']]);
});

test('entries carry the spans of key, value and item', () => {
  const [pair, flag] = parseQemuOpts('file=a,,b,ro').entries;
  assert.deepEqual(pair.keySpan, { start: 0, end: 4 });
  assert.deepEqual(pair.valueSpan, { start: 5, end: 9 });
  assert.deepEqual(pair.itemSpan, { start: 0, end: 9 });
  assert.deepEqual(flag.itemSpan, { start: 10, end: 12 });
  const [value] = parseQemuOpts('4G,maxmem=8G', { impliedKey: 'size' }).entries;
  assert.deepEqual(value.valueSpan, { start: 0, end: 2 });
  assert.equal(value.keySpan, undefined);
});
