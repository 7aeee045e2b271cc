import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * `-fsdev local` and `-virtfs local`, which QEMU 7.2 checks once it has read every option
 * (an outside tester's lines), each pinned to the binary's message (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['-fsdev local with an unknown security model',
    ['-fsdev', 'local,id=fs0,path=/tmp,security_model=bogus'],
    "invalid security_model property 'bogus'"],
  ['-fsdev local without a security model', ['-fsdev', 'local,id=fs0,path=/tmp'],
    'security_model property not set'],
  ['-virtfs local with an unknown security model',
    ['-virtfs', 'local,path=/tmp,mount_tag=s,security_model=bogus'],
    "invalid security_model property 'bogus'"],
  ['-virtfs local without a security model', ['-virtfs', 'local,path=/tmp,mount_tag=s'],
    'security_model property not set'],
  ['-fsdev local without a path', ['-fsdev', 'local,id=fs0,security_model=none'],
    'path property not set'],
  ['-fsdev local with an unknown multidevs mode',
    ['-fsdev', 'local,id=fs0,path=/tmp,security_model=none,multidevs=x'],
    "invalid multidevs property 'x'"],
  ['-fsdev local complete', ['-fsdev', 'local,id=fs0,path=/tmp,security_model=mapped-xattr'],
    null],
  ['QEMU reports a chardev error before an fsdev one',
    ['-fsdev', 'local,id=fs0,path=/tmp', '-chardev', 'mux,id=m,chardev=zz'],
    'mux: base chardev zz not found'],
];

for (const [title, argv, error] of CASES) {
  test(`fsdev local: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

testQemu72Verdicts('fsdev local: QEMU 7.2 still gives these verdicts', CASES);
