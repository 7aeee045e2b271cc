import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * -device, -machine and -cpu against the built-in build facts of QEMU 7.2 x86_64 (issue 4):
 * each command line (after the differential runner's base words, `-machine none …`) with
 * QEMU 7.2's verdict (null: it runs, `help`: it prints help and exits). Our errors must be
 * exactly QEMU's one message, and a live run checks that QEMU still says so.
 */
const CASES: Qemu72Case[] = [
  ['unknown device', ['-device', 'foo'], "'foo' is not a valid device model name"],
  ['empty driver', ['-device', 'driver=,id=x'], "'' is not a valid device model name"],
  ['no driver', ['-device', 'id=x'], "Parameter 'driver' is missing"],
  ['JSON: no driver', ['-device', '{"id":"x"}'], "Parameter 'driver' is missing"],
  ['JSON: driver not a string', ['-device', '{"driver":1}'], "Parameter 'driver' is missing"],
  ['abstract type', ['-device', 'pci-device'],
    "Parameter 'driver' expects a non-abstract device type"],
  ['not user-creatable', ['-device', 'esp'], "Parameter 'driver' expects a pluggable device type"],
  ['bus-less device runs', ['-device', 'ipmi-bmc-sim'], null],
  ['unknown property', ['-device', 'pc-dimm,foo=bar'], "Property 'pc-dimm.foo' not found"],
  ['JSON unknown property', ['-device', '{"driver":"nvme-subsys","nqn":"q","x":1}'],
    "Property 'nvme-subsys.x' not found"],
  ['uint8 out of range', ['-device', 'ipmi-bmc-sim,slave_addr=300'],
    "Parameter 'slave_addr' expects uint8_t"],
  ['uint8 not a number', ['-device', 'ipmi-bmc-sim,slave_addr=x'],
    "Parameter 'slave_addr' expects integer"],
  ['uint8 in hex runs', ['-device', 'ipmi-bmc-sim,slave_addr=0x20'], null],
  ['JSON uint8 out of range', ['-device', '{"driver":"ipmi-bmc-sim","slave_addr":300}'],
    "Parameter 'slave_addr' expects uint8_t"],
  ['JSON uint8 given a string', ['-device', '{"driver":"ipmi-bmc-sim","slave_addr":"x"}'],
    "Parameter 'slave_addr' expects uint64"],
  ['uint32 given -1', ['-device', 'pc-dimm,node=-1'], "Parameter 'node' expects uint32_t"],
  ['JSON uint32 given -1', ['-device', '{"driver":"pc-dimm","node":-1}'],
    "Parameter 'node' expects uint32_t"],
  ['unknown property after a good one', ['-device', 'nvme-subsys,nqn=q,x=1'],
    "Property 'nvme-subsys.x' not found"],
  ['int of a CPU', ['-device', 'qemu64-x86_64-cpu,apic-id=x'],
    "Parameter 'apic-id' expects integer"],
  ['bool of a CPU', ['-device', 'qemu64-x86_64-cpu,pmu=maybe'],
    "Parameter 'pmu' expects 'on' or 'off'"],
  ['JSON bool of a CPU', ['-device', '{"driver":"qemu64-x86_64-cpu","pmu":"on"}'],
    "Invalid parameter type for 'pmu', expected: boolean"],
  ['device help', ['-device', 'help'], 'help'],
  ['device property help', ['-device', 'pc-dimm,help'], 'help'],
  ['unknown machine type', ['-machine', 'foo'], 'unsupported machine type'],
  ['machine alias runs', ['-machine', 'q35'], null],
  ['board enum property', ['-machine', 'q35,smm=x'], "Parameter 'smm' does not accept value 'x'"],
  ['board property of another machine', ['-M', 'none,smm=on'],
    "Property 'none-machine.smm' not found"],
  ['board property runs', ['-M', 'pc,hpet=off,vmport=auto'], null],
  ['machine help', ['-machine', 'help'], 'help'],
  ['unknown CPU model', ['-cpu', 'foo'], "unable to find CPU model 'foo'"],
  ['the last -cpu counts', ['-cpu', 'foo', '-cpu', 'help'], 'help'],
  ['cpu help', ['-cpu', 'help'], 'help'],
  ['unknown CPU feature, _ read as -', ['-cpu', 'qemu64,,pmu=off,fo_o=1'],
    "can't apply global qemu64-x86_64-cpu.fo-o=1: Property 'qemu64-x86_64-cpu.fo-o' not found"],
  ['bare CPU feature is =on', ['-cpu', 'qemu64,bogus'],
    "can't apply global qemu64-x86_64-cpu.bogus=on: Property 'qemu64-x86_64-cpu.bogus' not found"],
  ['CPU flag value', ['-cpu', 'qemu64,l3_cache=x'],
    "can't apply global qemu64-x86_64-cpu.l3-cache=x: Parameter 'l3-cache' expects 'on' or 'off'"],
];

/** Our verdict: the error messages, or `help` for a help request. */
function ours(argv: string[]): string[] {
  const errors = ourErrors72(argv);
  const { diagnostics } = lintArgv(['qemu-system-x86_64', ...argv],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  return errors.length === 0 && diagnostics.some((d) => d.code === 'help-request')
    ? ['help'] : errors;
}

for (const [title, argv, verdict] of CASES) {
  test(`issue 4 build facts: ${title}`, () => {
    assert.deepEqual(ours(argv), verdict === null ? [] : [verdict]);
  });
}

test('issue 4 build facts: a QOM int property is not checked (nvdimm label-size reads a size)',
  () => assert.deepEqual(ourErrors72(['-device', 'nvdimm,label-size=x']), []));

test('issue 4 build facts: nothing is checked for a release or target without facts', () => {
  const argv = ['qemu-system-x86_64', '-device', 'foo', '-M', 'foo', '-cpu', 'foo'];
  for (const settings of [{ qemuVersion: '10.2' }, { qemuVersion: '7.2', target: 'aarch64' }]) {
    const { diagnostics } = lintArgv(argv, { host: 'linux', ...settings });
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), [], settings.qemuVersion);
  }
});

test('issue 4 build facts: a -global for a driver that is no device type is a warning', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-global', 'e100.mac=x'],
    { qemuVersion: '7.2', host: 'linux' });
  assert.deepEqual(diagnostics.map((d) => [d.code, d.message, d.hint]), [['global-driver-unknown',
    'global e100.mac has invalid class name', "did you mean 'e1000'?"]]);
});

test('issue 4 build facts: a -global property the device lacks warns with the error QEMU ' +
  'gives once it creates such a device, and is that error (only) at a device that does', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const argv = ['-global', 'pc-dimm.foo=1', '-device', 'pc-dimm'];
  const { diagnostics } = lintArgv(['qemu-system-x86_64', ...argv],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  const message = "can't apply global pc-dimm.foo=1: Property 'pc-dimm.foo' not found";
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.message]),
    [['global-property-apply', 'error', message]]);
  const alone = lintArgv(['qemu-system-x86_64', '-global', 'pc-dimm.foo=1'],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' }).diagnostics;
  assert.deepEqual(alone.map((d) => [d.code, d.severity, d.message]),
    [['global-property-unknown', 'warning', message]]);
  await forEachQemuVerdict([['global', argv, message]], (qemu) => {
    assert.equal(qemu.error?.message, message);
  });
});

test('issue 4 build facts: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  await forEachQemuVerdict(CASES, (qemu, [title, , verdict]) => {
    const expected = verdict === null ? 'ok' : verdict === 'help' ? 'exit-early' : 'error';
    assert.equal(qemu.outcome, expected, `${title}: ${qemu.error?.message}`);
    if (expected === 'error') assert.equal(qemu.error?.message, verdict, title);
  });
});
