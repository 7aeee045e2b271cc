import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * `-accel` properties, which QEMU 7.2 sets once it has read every option (an outside
 * tester's lines), each pinned to the binary's message (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['-accel tcg with an unknown property', ['-accel', 'tcg,bogus=1'],
    "Property 'tcg-accel.bogus' not found"],
  ['-accel kvm with an unknown property', ['-accel', 'kvm,bogus=1'],
    "Property 'kvm-accel.bogus' not found"],
  ['-accel tcg thread that is neither single nor multi', ['-accel', 'tcg,thread=bogus'],
    "Invalid 'thread' setting bogus"],
  ['-accel tcg type is read-only', ['-accel', 'tcg,type=x'],
    "Property 'tcg-accel.type' is not writable"],
  ['-accel properties in order', ['-accel', 'tcg,bogus=1,thread=x'],
    "Property 'tcg-accel.bogus' not found"],
  ['-accel an unknown name is skipped', ['-accel', 'nope', '-accel', 'tcg,bogus=1'],
    "Property 'tcg-accel.bogus' not found"],
  ['-accel tcg with its own properties', ['-accel', 'tcg,thread=single,split-wx=on'], null],
  ['-accel after one that starts is never configured',
    ['-accel', 'tcg', '-accel', 'tcg,bogus=1'], null],
];

for (const [title, argv, error] of CASES) {
  test(`accel properties: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

test('accel properties: a release whose sources were not read gets no error', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-accel', 'tcg,bogus=1'],
    { qemuVersion: '11.1', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.filter((d) => d.code === 'accel-property'), []);
});

testQemu72Verdicts('accel properties: QEMU 7.2 still gives these verdicts', CASES);
