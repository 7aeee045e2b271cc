import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * What device property setters refuse beyond their type's visitor (issue 4): properties
 * without a setter (`is not writable`) and the x86 CPU setters' own checks, each with QEMU
 * 7.2's verdict after the differential runner's base words (`-machine none …`).
 */
const CASES: Qemu72Case[] = [
  ['DIMM size', ['-device', 'pc-dimm,size=1'], "Property 'pc-dimm.size' is not writable"],
  ['DIMM size of a descendant', ['-device', 'nvdimm,size=x'],
    "Property 'nvdimm.size' is not writable"],
  ['not writable comes before the value', ['-device', '{"driver":"pc-dimm","size":{}}'],
    "Property 'pc-dimm.size' is not writable"],
  ['every device: type', ['-device', 'pc-dimm,type=x'], "Property 'pc-dimm.type' is not writable"],
  ['every device: hotplugged', ['-device', 'pc-dimm,hotplugged=on'],
    "Property 'pc-dimm.hotplugged' is not writable"],
  ['every device: parent_bus', ['-device', 'pc-dimm,parent_bus=x'],
    "Property 'pc-dimm.parent_bus' is not writable"],
  ['CPU feature-words', ['-device', 'max-x86_64-cpu,feature-words=1'],
    "Property 'max-x86_64-cpu.feature-words' is not writable"],
  ['CPU unavailable-features', ['-device', 'max-x86_64-cpu,unavailable-features=1'],
    "Property 'max-x86_64-cpu.unavailable-features' is not writable"],
  ['virtio-mem-pci size names the virtio device', ['-M', 'pc', '-device', 'virtio-mem-pci,size=1'],
    "Property 'virtio-mem.size' is not writable"],
  ['balloon guest-stats', ['-M', 'pc', '-device', 'virtio-balloon-pci,guest-stats=1'],
    "Property 'virtio-balloon-device.guest-stats' is not writable"],
  ['USB attached', ['-M', 'pc', '-device', 'qemu-xhci', '-device', 'usb-tablet,attached=on'],
    "Property 'usb-tablet.attached' is not writable"],
  ['CPU vendor of 3 bytes', ['-device', 'max-x86_64-cpu,vendor=abc'],
    "Property '.vendor' doesn't take value 'abc'"],
  ['CPU vendor empty (JSON)', ['-device', '{"driver":"max-x86_64-cpu","vendor":""}'],
    "Property '.vendor' doesn't take value ''"],
  ['CPU vendor not a string (JSON)', ['-device', '{"driver":"max-x86_64-cpu","vendor":1}'],
    "Invalid parameter type for 'vendor', expected: string"],
  ['CPU family out of range', ['-device', 'max-x86_64-cpu,family=1000'],
    'Property .family doesn\'t take value 1000 (minimum: 0, maximum: 270)'],
  ['CPU stepping out of range', ['-device', 'max-x86_64-cpu,stepping=16'],
    'Property .stepping doesn\'t take value 16 (minimum: 0, maximum: 15)'],
  ['CPU model out of range (JSON)', ['-device', '{"driver":"max-x86_64-cpu","model":256}'],
    'Property .model doesn\'t take value 256 (minimum: 0, maximum: 255)'],
  ['CPU tsc-frequency negative', ['-device', 'max-x86_64-cpu,tsc-frequency=-1'],
    'Property .tsc-frequency doesn\'t take value -1 (minimum: 0, maximum: 9223372036854775807)'],
  ['CPU stepping not a number', ['-device', 'max-x86_64-cpu,stepping=x'],
    "Parameter 'stepping' expects integer"],
  ['CPU stepping not a number (JSON)', ['-device', '{"driver":"max-x86_64-cpu","stepping":"1"}'],
    "Invalid parameter type for 'stepping', expected: integer"],
  ['good CPU values get as far as the APIC id',
    ['-device', 'max-x86_64-cpu,vendor=GenuineIntel,family=6,model=0x55,stepping=015'],
    'apic-id property was not initialized properly'],
];

for (const [title, argv, verdict] of CASES) {
  test(`issue 4 property setters: ${title}`, () => {
    const expected = verdict === null || verdict.startsWith('apic-id') ? [] : [verdict];
    assert.deepEqual(ourErrors72(argv), expected);
  });
}

test('issue 4 property setters: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  await forEachQemuVerdict(CASES, (qemu, [title, , verdict]) => {
    assert.equal(qemu.outcome, verdict === null ? 'ok' : 'error', title);
    if (verdict !== null) assert.equal(qemu.error?.message, verdict, title);
  });
});
