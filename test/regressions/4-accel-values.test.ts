import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * `-accel` property values and the names of 7.2, which QEMU 7.2 sets once it has read every
 * option, each pinned to the binary's message (null: it runs). Good `kvm` values come with a
 * `-accel tcg` after them, so that a host without KVM runs too.
 */
const CASES: Qemu72Case[] = [
  ['tb-size that is no number', ['-accel', 'tcg,tb-size=x'], "Parameter 'tb-size' expects uint64"],
  ['tb-size with a size suffix', ['-accel', 'tcg,tb-size=1k'],
    "Parameter 'tb-size' expects uint64"],
  ['tb-size of -1 wraps past 32 bits', ['-accel', 'tcg,tb-size=-1'],
    "Parameter 'tb-size' expects uint32_t"],
  ['tb-size past 32 bits', ['-accel', 'tcg,tb-size=4294967296'],
    "Parameter 'tb-size' expects uint32_t"],
  ['tb-size past 64 bits', ['-accel', 'tcg,tb-size=18446744073709551616'],
    "Parameter 'tb-size' expects uint64"],
  ['tb-size in hex, with a space before it', ['-accel', 'tcg,tb-size=0x10,tb-size= 5'], null],
  ['split-wx that is no bool', ['-accel', 'tcg,split-wx=maybe'],
    "Parameter 'split-wx' expects 'on' or 'off'"],
  ['split-wx as a flag', ['-accel', 'tcg,split-wx'], null],
  ['one-insn-per-tb came after 7.2', ['-accel', 'tcg,one-insn-per-tb=on'],
    "Property 'tcg-accel.one-insn-per-tb' not found"],
  ['help after the name is a property', ['-accel', 'tcg,help'],
    "Property 'tcg-accel.help' not found"],
  ['kvm-shadow-mem that is no int64', ['-accel', 'kvm,kvm-shadow-mem=1k'],
    "Parameter 'kvm-shadow-mem' expects int64"],
  ['kvm-shadow-mem past int64', ['-accel', 'kvm,kvm-shadow-mem=9223372036854775808'],
    "Parameter 'kvm-shadow-mem' expects int64"],
  ['dirty-ring-size not a power of two', ['-accel', 'kvm,dirty-ring-size=3'],
    'dirty-ring-size must be a power of two.'],
  ['dirty-ring-size past 32 bits', ['-accel', 'kvm,dirty-ring-size=4294967296'],
    "Parameter 'dirty-ring-size' expects uint32_t"],
  ['kernel-irqchip values', ['-accel', 'kvm,kernel-irqchip=x'],
    "Parameter 'kernel-irqchip' does not accept value 'x'"],
  ['notify-vmexit values', ['-accel', 'kvm,notify-vmexit=x'],
    "Parameter 'notify-vmexit' does not accept value 'x'"],
  ['notify-window of -1', ['-accel', 'kvm,notify-window=-1'],
    "Parameter 'notify-window' expects uint32_t"],
  ['device came after 7.2', ['-accel', 'kvm,device=x'], "Property 'kvm-accel.device' not found"],
  ['good kvm values', ['-accel', 'kvm,kernel-irqchip=split,kvm-shadow-mem=-1,' +
    'dirty-ring-size=0,notify-vmexit=run,notify-window=0', '-accel', 'tcg'], null],
  ['the first bad value in order', ['-accel', 'tcg,split-wx=x,tb-size=x'],
    "Parameter 'split-wx' expects 'on' or 'off'"],
];

for (const [title, argv, error] of CASES) {
  test(`accel values: ${title}`, () => {
    assert.deepEqual(ourErrors72(argv), error === null ? [] : [error]);
  });
}

test('accel values: names of 10.2 are known there, and stop the check in between', () => {
  const errors = (version: string, arg: string): string[] => lintArgv(['qemu-system-x86_64',
    '-accel', arg], { qemuVersion: version, host: 'linux', target: 'x86_64' }).diagnostics
    .filter((d) => d.severity === 'error').map((d) => d.message);
  assert.deepEqual(errors('10.2', 'tcg,one-insn-per-tb=on'), []);
  assert.deepEqual(errors('10.2', 'tcg,one-insn-per-tb=x'),
    ["Parameter 'one-insn-per-tb' expects 'on' or 'off'"]);
  assert.deepEqual(errors('10.0', 'tcg,one-insn-per-tb=on,bogus=1'), []);
});

testQemu72Verdicts('accel values: QEMU 7.2 still gives these verdicts', CASES);
