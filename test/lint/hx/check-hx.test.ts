import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkHx } from '../../../src/lint/hx/check-hx.js';
import { hxFixture, hxText } from '../../helpers/qemu-hx-files.js';

const found = (text: string) =>
  checkHx(text, 'f.hx').map((d) => `${d.code} ${d.severity} ${d.start.line}:${d.start.column}`);

test('check.hx: glued synopsis parameters in help and docs, a DEF without docs', () => {
  assert.deepEqual(found(readFileSync(hxFixture('check.hx'), 'utf8')), [
    'hx-synopsis-mismatch warning 5:31',
    'hx-synopsis-mismatch warning 9:28',
    'hx-synopsis-mismatch warning 23:15',
    'hx-missing-doc warning 30:1',
  ]);
});

test('a glued group spans the [key= it reports', () => {
  const [d] = checkHx('DEF("a", 0, E, "-a [x=1][y=2]\\n", QEMU_ARCH_ALL)\nSRST\nERST\n', 'f');
  // `DEF("a", 0, E, "` is 16 columns, `-a [x=1]` 8 more: `[y=` is columns 25 to 27.
  assert.deepEqual([d.start.column, d.end.column], [25, 28]);
  assert.match(d.message, /'y='/);
});

test('description lines, comma-separated groups and hidden options are not reported', () => {
  const text =
    'DEFHEADING(A:)\n' +
    'DEF("a", HAS_ARG, E, "-a [x=1][,y=2]\\n                as in [p=1][q=2]\\n", ' +
    'QEMU_ARCH_ALL)\nSRST\n``-a [x=1][,y=2]``\n    Words [p=1][q=2].\nERST\n' +
    'DEF("h", 0, H, "", QEMU_ARCH_ALL)\nDEFHEADING()\n';
  assert.deepEqual(found(text), []);
});

test('unbalanced SRST/ERST and #if/#endif are errors', () => {
  assert.deepEqual(found(readFileSync(hxFixture('unbalanced.hx'), 'utf8')), [
    'hx-unbalanced-rst error 9:1',
    'hx-unbalanced-rst error 11:1',
    'hx-unbalanced-if error 13:1',
    'hx-unbalanced-if error 14:1',
    'hx-missing-doc warning 15:1',
  ]);
});

/** Line and column (1-based) where `needle` first occurs in a line containing `marker`. */
function locate(text: string, marker: string, needle: string): string[] {
  return text.split('\n').flatMap((line, i) =>
    line.includes(marker) ? [`${i + 1}:${line.indexOf(needle) + 1}`] : [],
  );
}

test('10.0: the -run-with synopsis lacks the comma before user=, in help and docs', () => {
  const text = hxText('10.0');
  const runWith = checkHx(text, 'qemu-options.hx').filter((d) => /'user='/.test(d.message));
  const expected = [
    ...locate(text, '"-run-with [async-teardown', '[user='),
    ...locate(text, '``-run-with [async-teardown', '[user='),
  ];
  assert.equal(expected.length, 2);
  assert.deepEqual(runWith.map((d) => `${d.start.line}:${d.start.column}`), expected);
  assert.ok(runWith.every((d) => d.code === 'hx-synopsis-mismatch'));
});

test('10.2: nothing is reported on -run-with, and the file has no errors', () => {
  const text = hxText('10.2');
  const diagnostics = checkHx(text, 'qemu-options.hx');
  const runWithLines = new Set(
    text.split('\n').flatMap((l, i) => (l.includes('run-with [') ? [i + 1] : [])),
  );
  assert.equal(runWithLines.size, 2);
  assert.ok(diagnostics.every((d) => !runWithLines.has(d.start.line)));
  assert.ok(diagnostics.every((d) => !/'user='/.test(d.message)));
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
});
