import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * A `-device` on a bus that a device created after it provides (an outside tester's finding:
 * the bundled libvirt example put a QemuOpts device on a root port written as JSON, which
 * QEMU creates later). Each case is pinned to QEMU 7.2's verdict.
 */
const Q35 = ['-machine', 'q35', '-accel', 'tcg'];
const PORT_JSON = '{"driver":"pcie-root-port","id":"pci.5","bus":"pcie.0","chassis":5}';
const CASES: Qemu72Case[] = [
  ['a QemuOpts device on the bus of a later JSON root port',
    [...Q35, '-device', 'virtio-rng-pci,bus=pci.5', '-device', PORT_JSON],
    "Bus 'pci.5' not found"],
  ['a QemuOpts device before the QemuOpts root port that provides its bus',
    [...Q35, '-device', 'virtio-rng-pci,bus=pci.5', '-device',
      'pcie-root-port,id=pci.5,bus=pcie.0,chassis=5'], "Bus 'pci.5' not found"],
  ['the root port first', [...Q35, '-device', 'pcie-root-port,id=pci.5,bus=pcie.0,chassis=5',
    '-device', 'virtio-rng-pci,bus=pci.5'], null],
  ['a JSON device after a QemuOpts root port written later on the line',
    [...Q35, '-device', '{"driver":"virtio-rng-pci","bus":"pci.5"}', '-device',
      'pcie-root-port,id=pci.5,bus=pcie.0,chassis=5'], null],
  ['a port on the bus ID.0 of a later virtio-serial device',
    [...Q35, '-device', 'virtserialport,bus=vs0.0,name=x', '-device', 'virtio-serial-pci,id=vs0'],
    "Bus 'vs0.0' not found"],
  ['the virtio-serial device first',
    [...Q35, '-device', 'virtio-serial-pci,id=vs0', '-device', 'virtserialport,bus=vs0.0,name=x'],
    null],
  ['a root port on its own bus', [...Q35, '-device', 'pcie-root-port,id=rp,bus=rp,chassis=5'],
    "Bus 'rp' not found"],
  ['the driver is checked before the bus',
    [...Q35, '-device', 'bogus-dev,bus=pci.5', '-device', 'pcie-root-port,id=pci.5,chassis=5'],
    "'bogus-dev' is not a valid device model name"],
  ['the bus is looked up before the properties',
    [...Q35, '-device', 'virtio-rng-pci,bus=pci.5,nonprop=1', '-device',
      'pcie-root-port,id=pci.5,chassis=5'], "Bus 'pci.5' not found"],
];

for (const [title, argv, error] of CASES) {
  test(`issue 4 device bus order: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.equal(ours[0], error, JSON.stringify(ours));
  });
}

test('a bus no option provides is left to QEMU (a machine or an unnamed device may have it)',
  () => {
    assert.deepEqual(ourErrors72([...Q35, '-device', 'virtio-rng-pci,bus=pci.9']), []);
  });

testQemu72Verdicts('issue 4 device bus order: QEMU 7.2 still gives these verdicts', CASES);
