import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * An outside tester found `-accel qtest` and `-accel xen` passing for QEMU 7.2 on Linux,
 * though Debian's 7.2 binary has neither. With build facts that fit the build, the
 * accelerators are the ones the binary reports; without, the ones its host can have.
 */
const CASES: Qemu72Case[] = [
  ['-accel qtest in a build without it', ['-accel', 'qtest'], 'invalid accelerator qtest'],
  ['-accel xen in a build without it', ['-accel', 'xen'], 'invalid accelerator xen'],
  ['-accel qtest, then tcg: QEMU falls back', ['-accel', 'qtest', '-accel', 'tcg'], null],
  ['-machine accel=qtest', ['-machine', 'none,accel=qtest'], 'invalid accelerator qtest'],
  ['-accel tcg', ['-accel', 'tcg'], null],
];

for (const [title, argv, error] of CASES) {
  test(`accelerators of the build: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.equal(ours[0], error, JSON.stringify(ours));
  });
}

test('the hint names what the binary has; without facts, what the host can have', () => {
  const withFacts = lintArgv(['qemu-system-x86_64', '-accel', 'bogus'],
    { qemuVersion: '7.2', host: 'linux' }).diagnostics[0];
  assert.equal(withFacts.hint, 'This build can have: kvm, tcg');
  const noFacts = lintArgv(['qemu-system-x86_64', '-accel', 'qtest'],
    { qemuVersion: '10.2', host: 'linux' }).diagnostics;
  assert.deepEqual(noFacts.filter((d) => d.severity === 'error'), []);
});

testQemu72Verdicts('accelerators of the build: QEMU 7.2 still gives these verdicts', CASES);
