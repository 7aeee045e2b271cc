import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * `-dfilter` ranges, which QEMU 7.2 reads while it reads the command line: each pinned to
 * the binary's message (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['a start and a length', ['-dfilter', '0x1000+0x10'], null],
  ['several ranges of each form', ['-dfilter', '1..2,3+4,0x20-0x10'], null],
  ['an empty argument has no ranges', ['-dfilter', ''], null],
  ['a single address is no range', ['-dfilter', '0x1000'], 'Bad range specifier'],
  ['an empty range after a comma', ['-dfilter', '1+2,'], 'Bad range specifier'],
  ['an end below the start', ['-dfilter', '2..1'], 'Invalid range'],
  ['a length of zero', ['-dfilter', '1+0'], 'Invalid range'],
  ['a length of zero from 0 wraps to the whole space', ['-dfilter', '0+0'], null],
  ['counting back past zero', ['-dfilter', '0-5'], 'Invalid range'],
  ['no number on the left', ['-dfilter', 'x+1'], 'Invalid number to the left of +'],
  ['no number on the right', ['-dfilter', '1+x'], 'Invalid number to the right of +'],
  ['the first - is the operator, even after a +', ['-dfilter', '1+-1'],
    'Invalid number to the left of -'],
  ['a sign on the right is read', ['-dfilter', '1-+1'], null],
  ['a - at the start leaves nothing on the left', ['-dfilter', '-5'],
    'Invalid number to the left of -'],
  ['a second operator on the right', ['-dfilter', '5-1-2'], 'Invalid number to the right of -'],
  ['.. with nothing after it that is a number', ['-dfilter', '1...'],
    'Invalid number to the right of ..'],
  ['a space before the right number is skipped', ['-dfilter', '1+ 2'], null],
  ['a space after the right number is not', ['-dfilter', '1+2 '],
    'Invalid number to the right of +'],
  ['a space before the operator is not', ['-dfilter', '1 +2'],
    'Invalid number to the left of +'],
  ['more than 64 bits', ['-dfilter', '18446744073709551616+1'],
    'Invalid number to the left of +'],
  ['0x alone reads as 0 and stops before the x', ['-dfilter', '0x+1'],
    'Invalid number to the left of +'],
];

for (const [title, argv, error] of CASES) {
  test(`-dfilter: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.deepEqual(ours, [error]);
  });
}

test('-dfilter: the error sits on the range QEMU rejects', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-dfilter', '1+2,2..1'],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'invalid-argument');
  assert.equal(diagnostics[0].start.column, 33);
  assert.equal(diagnostics[0].end.column, 37);
});

testQemu72Verdicts('-dfilter: QEMU 7.2 still gives these verdicts', CASES);
