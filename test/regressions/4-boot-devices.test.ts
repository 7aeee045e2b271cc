import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * `-boot order=`/`once=` letters, which every machine of QEMU 7.2 checks when it sets its
 * `boot` property (here `-machine none`, as the runner starts it): each pinned to the
 * binary's message (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['a letter past p', ['-boot', 'order=z'], "Invalid boot device 'z'"],
  ['an upper-case letter', ['-boot', 'order=C'], "Invalid boot device 'C'"],
  ['the implied key is order', ['-boot', 'q'], "Invalid boot device 'q'"],
  ['a letter twice', ['-boot', 'order=cc'], "Boot device 'c' was given twice"],
  ['once is checked too', ['-boot', 'order=cd,once=dd'], "Boot device 'd' was given twice"],
  ['order is checked before once', ['-boot', 'once=z,order=q'], "Invalid boot device 'q'"],
  ['a letter no PC boots from is still one of a to p', ['-boot', 'order=e'], null],
  ['six letters', ['-boot', 'order=abcdnp'], null],
  ['no letter', ['-boot', 'order='], null],
  ['the last -boot order counts', ['-boot', 'order=z', '-boot', 'order=c'], null],
  ['a wrong member type comes first', ['-boot', 'order=z,splash-time=x'],
    "Parameter 'boot.splash-time' expects integer"],
  ['-machine boot.order is the same property', ['-machine', 'boot.order=cc'],
    "Boot device 'c' was given twice"],
];

/** Our errors for `argv` as the runner's QEMU sees it (`-machine none` first). */
function ours(argv: string[]): string[] {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-machine', 'none', ...argv],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  return diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
}

for (const [title, argv, error] of CASES) {
  test(`-boot letters: ${title}`, () => {
    assert.deepEqual(ours(argv), error === null ? [] : [error]);
  });
}

test('-boot letters: the error sits on the value, with its own code', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-boot', 'menu=on,order=cz'],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  const error = diagnostics.find((d) => d.severity === 'error');
  assert.equal(error?.code, 'machine-boot-device');
  assert.equal(error?.start.column, 40);
  assert.equal(error?.end.column, 42);
});

testQemu72Verdicts('-boot letters: QEMU 7.2 still gives these verdicts', CASES);
