import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../cli/run-cli.js';

/**
 * A file with a NUL byte or invalid UTF-8 used to be reported at a position with an empty
 * excerpt, and exit 1. It is reported at the first offending byte, with its line, and exits
 * 2: a file that is not text is an I/O problem (README).
 */

const CASES: [string, Uint8Array, string][] = [
  ['a NUL byte', Buffer.from('qemu-system-x86_64 -m 1G\n-name a\0b -S\n', 'latin1'), '-:2:8:'],
  [
    'invalid UTF-8',
    Buffer.concat([Buffer.from('qemu-system-x86_64 -name é'), Buffer.from([0xff, 0x0a])]),
    '-:1:27:',
  ],
  ['a NUL on line 1', Buffer.from('qemu-system-x86_64 -m 1G\0', 'latin1'), '-:1:25:'],
];

for (const [what, bytes, at] of CASES) {
  test(`${what}: reported at its byte with the line shown, exit 2`, async () => {
    const run = await runCli(['lint', '-'], bytes);
    assert.equal(run.status, 2, run.out);
    assert.ok(run.out.startsWith(`${at} error:`), run.out);
    const [, excerpt, caret] = run.out.split('\n');
    assert.match(excerpt, /qemu-system-x86_64|-name/);
    // The caret stands under the offending character.
    const column = Number(at.split(':')[2]);
    const bar = excerpt.indexOf('|') + 2;
    assert.equal(caret.indexOf('^') - bar + 1, column, run.out);
    assert.equal(excerpt[bar + column - 1], '\uFFFD', run.out);
  });
}
