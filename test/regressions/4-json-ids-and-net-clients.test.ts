import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * An outside tester's findings (issue 4): IDs QEMU 7.2 checks only when it creates objects,
 * network backends and devices, which a JSON argument on either side hid from qemu-opts, and
 * the `-nic`/`-net` parameters QEMU reads into `Netdev` when it creates the backends. Each is
 * pinned to the 7.2 binary (null: QEMU runs).
 */
const IOTHREAD_A = '{"qom-type":"iothread","id":"a"}';
const DUP_OBJECT = "attempt to add duplicate property 'a' to object (type 'container')";
const CASES: Qemu72Case[] = [
  ['JSON then QemuOpts -object', ['-object', IOTHREAD_A, '-object', 'iothread,id=a'],
    DUP_OBJECT],
  ['QemuOpts then JSON -object', ['-object', 'iothread,id=a', '-object', IOTHREAD_A],
    DUP_OBJECT],
  ['two identical JSON -objects', ['-object', IOTHREAD_A, '-object', IOTHREAD_A], DUP_OBJECT],
  ['a JSON escape spells the same ID',
    ['-object', '{"qom-type":"iothread","id":"io\\u0030"}', '-object', 'iothread,id=io0'],
    "attempt to add duplicate property 'io0' to object (type 'container')"],
  ['a late memory backend clashes with an early iothread',
    ['-object', '{"qom-type":"memory-backend-ram","id":"a","size":4096}', '-object',
      'iothread,id=a'], DUP_OBJECT],
  ['two QemuOpts -objects clash while QEMU reads them',
    ['-object', 'iothread,id=a', '-object', 'iothread,id=a'], "Duplicate ID 'a' for object"],
  ['different JSON -object IDs', ['-object', IOTHREAD_A, '-object', 'iothread,id=b'], null],
  ['a JSON -object ID that is not an identifier',
    ['-object', '{"qom-type":"iothread","id":"1a"}'], "Parameter 'id' expects an identifier"],
  ['two JSON -netdevs', ['-netdev', '{"type":"user","id":"n"}', '-netdev',
    '{"type":"user","id":"n"}'], "Duplicate ID 'n'"],
  ['a JSON and a QemuOpts -netdev', ['-netdev', 'user,id=n', '-netdev',
    '{"type":"user","id":"n"}'], "Duplicate ID 'n'"],
  ['a -nic and a -netdev', ['-nic', 'user,id=n', '-netdev', 'user,id=n'], "Duplicate ID 'n'"],
  ['a -net and a -nic', ['-net', 'user,id=n', '-nic', 'user,id=n'], "Duplicate ID 'n'"],
  ['two QemuOpts -netdevs clash while QEMU reads them',
    ['-netdev', 'user,id=n', '-netdev', 'user,id=n'], "Duplicate ID 'n' for netdev"],
  ['a JSON -device is created after the QemuOpts ones',
    ['-machine', 'q35', '-accel', 'tcg', '-device', '{"driver":"virtio-rng-pci","id":"a"}',
      '-device', 'virtio-rng-pci,id=a'], "Duplicate device ID 'a'"],
  ['a JSON -device ID need not be an identifier',
    ['-machine', 'q35', '-accel', 'tcg', '-device', '{"driver":"virtio-rng-pci","id":"1a"}'],
    null],
  ['-nic none creates no backend', ['-nic', 'none,id=n', '-netdev', 'user,id=n'], null],
  ['-nic: an unknown key', ['-nic', 'user,bogus=1'], "Invalid parameter 'bogus'"],
  ['-nic: an unknown type', ['-nic', 'bogus'], "Parameter 'type' does not accept value 'bogus'"],
  ['-nic help in 7.2 is an unknown type', ['-nic', 'help'],
    "Parameter 'type' does not accept value 'help'"],
  ['-nic: a help flag is a key', ['-nic', 'user,help'], "Invalid parameter 'help'"],
  ['-nic: model and mac are taken out first',
    ['-nic', 'user,model=e1000,mac=52:54:00:12:34:56,hostname=x'], null],
  ['-nic none reads nothing more', ['-nic', 'none,bogus=1'], null],
  ['-nic nic', ['-nic', 'nic'], "network backend 'nic' is not compiled into this binary"],
  ['-net: an unknown key', ['-net', 'user,bogus=1'], "Invalid parameter 'bogus'"],
  ['-net: vlan is gone', ['-net', 'user,vlan=0'], "Invalid parameter 'vlan'"],
  ['-net none still has its keys read', ['-net', 'none,bogus=1'], "Invalid parameter 'bogus'"],
  ['-net help is an unknown type', ['-net', 'help'],
    "Parameter 'type' does not accept value 'help'"],
  ['-net hubport', ['-net', 'hubport,hubid=0'],
    "network backend 'hubport' is only supported with -netdev/-nic"],
  ['-net nic takes no name', ['-net', 'nic,macaddr=52:54:00:12:34:56,model=e1000,name=x'],
    "Invalid parameter 'name'"],
  ['-net nic with a model', ['-net', 'nic,model=e1000'], null],
  ['-net: a bool value', ['-net', 'user,restrict=maybe'],
    "Parameter 'restrict' expects 'on' or 'off'"],
];

for (const [title, argv, error] of CASES) {
  test(`issue 4 JSON IDs and -nic/-net: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

test('issue 4 JSON IDs: the finding is on the ID of the one QEMU creates second', () => {
  const argv = ['qemu-system-x86_64', '-object',
    '{"qom-type":"memory-backend-ram","id":"a","size":4096}', '-object', 'iothread,id=a'];
  const { diagnostics } = lintArgv(argv, { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  const found = diagnostics.filter((d) => d.code === 'id-conflict');
  assert.equal(found.length, 1);
  const line = argv.map((w) => (w.startsWith('{') ? `'${w}'` : w)).join(' ');
  // The memory backend is created late, after the iothread: its "a" is the one refused.
  assert.equal(line.slice(found[0].start.offset, found[0].end.offset), '"a"');
});

test('issue 4 -nic help: since 10.0 QEMU lists the backends, no error', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-nic', 'help'],
    { qemuVersion: '10.2', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
  assert.ok(diagnostics.some((d) => d.code === 'help-request'));
});

testQemu72Verdicts('issue 4 JSON IDs and -nic/-net: QEMU 7.2 still gives these verdicts', CASES);
