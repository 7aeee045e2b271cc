/**
 * fast-check arbitraries of command lines for the build-facts checks (issue 4): `-device` in
 * QemuOpts and JSON form (valid, misspelt, abstract and not user-creatable drivers; bus-less
 * devices with good and bad properties; devices that need a bus; help), `-machine` types and
 * board properties, `-cpu` models and `-global` drivers. Devices are drawn from the built-in
 * facts of QEMU 7.2; none opens a host file, device or socket (no file, path, chardev or
 * backend property is ever set, and the devices that need a bus fail for lack of one under
 * the runner's `-machine none`, so they are never realized).
 *
 * @module
 */
import fc from 'fast-check';
import { distinctSample } from './distinct-sample.js';
import { propertiesOf } from '../../../src/catalog/build-facts.js';
import { BUILTIN_BUILD_FACTS as FACTS } from '../../../src/catalog/builtin-build-facts.js';
import type { GeneratedCase } from './command-lines.js';

/** Bus-less devices: QEMU sets their properties under `-machine none`, so errors there show. */
const BUSLESS = ['ipmi-bmc-sim', 'nvme-subsys', 'pc-dimm', 'nvdimm', 'vmgenid', 'vmcoreinfo',
  'hv-syndbg', 'qemu64-x86_64-cpu', 'Skylake-Client-v1-x86_64-cpu', 'EPYC-x86_64-cpu',
  'base-x86_64-cpu', 'max-x86_64-cpu'];

/** Devices that need a bus `-machine none` lacks: QEMU stops at the bus (a runtime error). */
const ON_A_BUS = ['e1000', 'virtio-net-pci', 'virtio-rng-pci', 'usb-kbd', 'isa-serial',
  'i6300esb', 'virtio-balloon-pci', 'ich9-ahci', 'lsi53c895a', 'intel-hda', 'pvpanic',
  'pci-bridge', 'ramfb', 'intel-iommu', 'sb16'];

/** Other driver names: aliases, abstract and board-only types, near misses, odd spellings. */
const OTHER_DRIVERS = ['lsi', 'virtio-net', 'ahci', 'e1000-82540em', 'device', 'pci-device',
  'virtio-device', 'cpu', 'x86_64-cpu', 'esp', 'ICH9-LPC', 'sysbus-ohci', 'e100', 'E1000',
  'virtio-net-pcie', 'pc_dimm', 'ipmi-bmc', 'memory-backend-ram', 'pc-q35-7.2-machine', 'qemu64',
  'nvme-subsystem', ''];

/** Property names that would make QEMU open a file or name another option. */
const UNSAFE_PROPERTY = /file|path|dev$|memdev|chardev|drive|netdev|audiodev|host|guid|uuid/;

/**
 * Property types whose values the generator draws (the rest are never set); a MAC address
 * gets the values of a string, a PCI address those of a number.
 */
const DRAWN = new Set(['bool', 'uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32',
  'int64', 'size', 'str', 'string', 'macaddr', 'pci-devfn', ...Object.keys(FACTS.enums)]);

/** The settable properties of a device type: name and type. */
function settable(type: string): [string, string][] {
  return [...(propertiesOf(FACTS, type) ?? new Map<string, string>())]
    .filter(([name, t]) => DRAWN.has(t) && !UNSAFE_PROPERTY.test(name));
}

const INTS = ['0', '1', '127', '128', '255', '256', '-1', '-128', '-129', '65535', '65536',
  '2147483647', '2147483648', '-2147483648', '-2147483649', '4294967295', '4294967296',
  '9223372036854775807', '9223372036854775808', '18446744073709551615',
  '18446744073709551616', '0x10', '010', '08', ' 5', '5 ', '+3', 'x', '', '1k', '1.5'];

/** A keyval value for a property of `type`. */
function keyvalValue(type: string): fc.Arbitrary<string> {
  if (type === 'bool') {
    return fc.constantFrom('on', 'off', 'yes', 'no', 'true', 'false', 'y', 'n', 'ON', '1', 'x', '');
  }
  if (/int|pci-devfn/.test(type)) return fc.constantFrom(...INTS);
  if (type === 'size') {
    return fc.constantFrom('0', '1', '1k', '64M', '1.5G', '0x10', 'x', '-1', '16E', '17E', '');
  }
  if (Object.hasOwn(FACTS.enums, type)) {
    return fc.constantFrom(...FACTS.enums[type], 'bogus', 'ON', '');
  }
  return fc.constantFrom('abc', 'a,,b', '', 'x1');
}

/** A JSON value for a property of `type`. */
function jsonValue(type: string): fc.Arbitrary<unknown> {
  const any = fc.constantFrom<unknown>(true, false, 0, 1, -1, 255, 256, 4294967296, 1.5, 'on',
    'x', '1', null);
  const own = type === 'bool' ? fc.constantFrom<unknown>(true, false)
    : /int|size|pci-devfn/.test(type) ? fc.constantFrom<unknown>(0, 1, 127, 128, 255, 65536, -1,
      2147483648, -2147483649, 9223372036854775807n, 18446744073709551615n)
    : Object.hasOwn(FACTS.enums, type) ? fc.constantFrom<unknown>(...FACTS.enums[type], 'bogus')
    : fc.constantFrom<unknown>('abc', '');
  return fc.oneof({ weight: 3, arbitrary: own }, { weight: 1, arbitrary: any });
}

/** A property name: a real one (with its type) or a near miss. */
function propertyOf(type: string): fc.Arbitrary<[string, string]> {
  const props = settable(type);
  const unknown = fc.constantFrom<[string, string]>(['foo', 'str'], ['bogus', 'bool'],
    ['Addr', 'str'], ['id2', 'str'], ['', 'str']);
  if (props.length === 0) return unknown;
  const misspelt = fc.constantFrom(...props).map(([n, t]): [string, string] => [`${n}x`, t]);
  return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...props) },
    { weight: 1, arbitrary: unknown }, { weight: 1, arbitrary: misspelt });
}

/** A `-device TYPE,…` QemuOpts argument with up to three properties. */
function qemuOptsDevice(type: string): fc.Arbitrary<string> {
  const item = propertyOf(type).chain(([name, t]) => fc.oneof(
    { weight: 6, arbitrary: keyvalValue(t).map((v) => `${name}=${v}`) },
    { weight: 1, arbitrary: fc.constant(name) }));
  const id = fc.constantFrom('', '', '', '', '', ',id=d0', ',id=1x');
  return fc.tuple(fc.array(item, { maxLength: 3 }), id, fc.boolean())
    .map(([items, idPart, driverKey]) =>
      [driverKey ? `driver=${type}` : type, ...items].join(',') + idPart);
}

/** JSON text of a drawn value (a bigint: its digits, beyond what a JS number holds). */
const jsonText = (v: unknown): string => (typeof v === 'bigint' ? String(v) : JSON.stringify(v));

/** A `-device {…}` JSON argument with up to three properties. */
function jsonDevice(type: string): fc.Arbitrary<string> {
  const member = propertyOf(type).chain(([name, t]) =>
    jsonValue(t).map((v): [string, unknown] => [name, v]));
  return fc.tuple(fc.array(member, { maxLength: 3 }), fc.boolean()).map(([members, withId]) => {
    const body = [`"driver":${JSON.stringify(type)}`, ...(withId ? ['"id":"d0"'] : []),
      ...members.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`)];
    return `{${body.join(',')}}`;
  });
}

/** One `-device` option. */
const device: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...BUSLESS).chain(qemuOptsDevice) },
  { weight: 3, arbitrary: fc.constantFrom(...BUSLESS).chain(jsonDevice) },
  { weight: 2, arbitrary: fc.constantFrom(...ON_A_BUS).chain((t) => fc.oneof(qemuOptsDevice(t),
    jsonDevice(t))) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_DRIVERS).chain((t) => fc.oneof(
    fc.constant(t), fc.constant(`${t},x=1`), fc.constant(`{"driver":${JSON.stringify(t)}}`))) },
  { weight: 1, arbitrary: fc.constantFrom('id=d1', 'driver=', '{"id":"d1"}', '{"driver":1}',
    'help', '?', 'pc-dimm,help', 'e1000,?', 'ipmi-bmc-sim,help,x=1', 'help,x=1') },
).map((arg) => ['-device', arg]);

/** Machine types and names that are not. */
const MACHINES = ['none', 'pc', 'q35', 'pc-i440fx-7.2', 'pc-q35-7.2', 'pc-i440fx-2.0', 'isapc',
  'pc-q35-5.2', 'pcx', 'Q35', 'pc-q35-9.9', 'x86_64', ''];

/** Board properties safe to set (no files, no other options' ids), with values. */
const BOARD: Record<string, string[]> = {
  usb: ['on', 'x'], graphics: ['off', 'maybe'], 'dump-guest-core': ['off', '1'],
  'mem-merge': ['on', ''], 'suppress-vmdesc': ['on', 'no', 'nah'],
  'phandle-start': ['1', 'x'], smm: ['on', 'off', 'auto', 'x', 'ON'],
  vmport: ['auto', 'off', 'y'], acpi: ['on', 'bogus'], pit: ['off', 'x'], pic: ['on', '1'],
  hpet: ['off', 'x'], sata: ['on', 'x'], smbus: ['off', ''], i8042: ['on', 'x'],
  'default-bus-bypass-iommu': ['off', 'x'], 'max-ram-below-4g': ['1G', 'x', '-1'],
  'x-oem-id': ['ABC'], bogus: ['1'], smmx: ['on'], 'usb.x': ['1'],
};

/** One `-machine` option. */
const machineOption: fc.Arbitrary<string[]> = fc.tuple(
  fc.constantFrom(...MACHINES), fc.boolean(),
  fc.array(fc.constantFrom(...Object.keys(BOARD)).chain((k) =>
    fc.constantFrom(...BOARD[k]).map((v) => `${k}=${v}`)), { maxLength: 3 }),
  fc.constantFrom('-machine', '-M'),
).map(([type, typed, props, option]) => {
  const head = type === '' && !typed ? [] : [typed ? `type=${type}` : type];
  return [option, [...head, ...props].join(',') || 'usb=on'];
});

/** CPU models and names that are not. */
const CPUS = ['qemu64', 'qemu32', 'max', 'base', 'Skylake-Client', 'Skylake-Client-v1', 'EPYC',
  'kvm64', 'Nehalem', 'pentium3', 'Qemu64', 'skylake', 'qemu65', 'Skylake-Client-v9', 'foo', '',
  'help', '?', 'qemu64,x=1', ',pmu=off', 'host'];

/** One `-cpu` option. */
const cpuOption = fc.constantFrom(...CPUS).map((m) => ['-cpu', m]);

/**
 * A `-cpu` among devices: one QEMU rejects before it creates any device, or help. A model it
 * finds would make `-machine none` create a CPU, which fails at once (no APIC id).
 */
const badCpuOption = fc.constantFrom('Qemu64', 'skylake', 'qemu65', 'Skylake-Client-v9', 'foo',
  '', 'help', '?', ',pmu=off').map((m) => ['-cpu', m]);

/** One `-global` option: a device type (sometimes abstract) or a near miss, short or long. */
const globalOption = fc.tuple(
  fc.constantFrom('e1000', 'pc-dimm', 'e100', 'isa-fdc', 'kvm-pit', 'ICH9-LPC', 'pci-device',
    'nosuch', 'PIIX4_PM', 'piix4-pm', 'cfi.pflash01', 'virtio-net', 'Device'),
  fc.constantFrom('x', 'mac', 'driveA'), fc.boolean(),
).map(([driver, prop, long]) =>
  ['-global', long ? `driver=${driver},property=${prop},value=1` : `${driver}.${prop}=1`]);

/** A command line: devices, CPUs and globals mixed, or one machine option (+ a -cpu). */
export const deviceCommandLine: fc.Arbitrary<GeneratedCase> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof(
    { weight: 6, arbitrary: device }, { weight: 1, arbitrary: badCpuOption },
    { weight: 1, arbitrary: globalOption }), { minLength: 1, maxLength: 3 })
    .map((options) => ({ family: options.length === 1 ? options[0][0] : 'command-line',
      argv: options.flat() })) },
  { weight: 2, arbitrary: fc.tuple(machineOption, fc.option(cpuOption, { freq: 3 }))
    .map(([m, c]) => ({ family: '-machine', argv: [...m, ...(c ?? [])] })) },
);

/**
 * The build-facts differential test's cases: `count` command lines drawn with a fixed seed
 * of their own (so the older differential test's cases do not move), without duplicates.
 */
export function generateDeviceCases(count: number, seed = 0xdec5): GeneratedCase[] {
  return distinctSample(deviceCommandLine, count, seed, 4);
}
