import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../cli/run-cli.js';

/**
 * A 1 MB line used to be echoed whole in the text excerpt (2 MB of output). A long line is
 * cut to a window around the range, marked with `…`, the caret still under the range.
 */

test('a diagnostic on a 1 MB line prints a short excerpt with the caret aligned', async () => {
  const filler = ' -name x'.repeat(65536);
  const script = `qemu-system-x86_64${filler} -m 8GB${filler}\n`;
  const run = await runCli(['lint', '--qemu-version', '7.2', '-'], script);
  assert.ok(run.out.length < 4000, `output of ${run.out.length} characters`);
  const lines = run.out.split('\n');
  const at = lines.findIndex((l) => l.includes('[invalid-size]'));
  assert.ok(at >= 0, run.out.slice(0, 2000));
  const [excerpt, caret] = [lines[at + 1], lines[at + 2]];
  assert.match(excerpt, /^ +1 \| …/);
  assert.match(excerpt, /…$/);
  const under = excerpt.slice(caret.indexOf('^'), caret.lastIndexOf('~') + 1);
  assert.equal(under, '8GB');
  // The column in the heading is still the one in the file.
  const column = Number(/^-:1:(\d+):/.exec(lines[at])?.[1]);
  assert.equal(script.slice(column - 1, column + 2), '8GB');
});

test('a short line is shown whole', async () => {
  const run = await runCli(['lint', '--qemu-version', '7.2', '-'], 'qemu-system-x86_64 -m 8GB\n');
  assert.match(run.out, /\n +1 \| qemu-system-x86_64 -m 8GB\n +\| +\^~~\n/);
});
