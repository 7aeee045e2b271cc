import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * References between options, required parameters and per-option rules that QEMU 7.2 checks
 * (issue 4: the former `not-yet` exclusions of the differential test), each pinned to the
 * binary's verdict: the command line after the runner's base words, QEMU's message (null:
 * it runs). Forward references that QEMU accepts must stay free of errors.
 */
const CASES: Qemu72Case[] = [
  ['-mon may name a chardev given later', ['-mon', 'c0', '-chardev', 'null,id=c0'], null],
  ['-mon with a misspelt chardev', ['-chardev', 'null,id=mon0', '-mon', 'mon1'],
    'chardev "mon1" not found'],
  ['-mon without a chardev, after one with a forward reference',
    ['-mon', 'chardev=c0', '-chardev', 'null,id=c0', '-mon', 'mode=control'],
    "Parameter 'chardev' is missing"],
  ['-mon pretty on a human monitor', ['-chardev', 'null,id=c0', '-mon', 'c0,pretty=on'],
    "'pretty' is not compatible with HMP monitors"],
  ['-mon pretty on a QMP monitor',
    ['-chardev', 'null,id=c0', '-mon', 'c0,mode=control,pretty'], null],
  ['-mon pretty=off on a human monitor', ['-chardev', 'null,id=c0', '-mon', 'c0,pretty=off'],
    null],
  ['-mon: an unknown chardev comes before pretty', ['-mon', 'c1,pretty=on'],
    'chardev "c1" not found'],
  ['-monitor chardev:ID', ['-monitor', 'chardev:nosuch'], 'chardev "nosuch" not found'],
  ['-qmp chardev:ID given later', ['-qmp', 'chardev:c0', '-chardev', 'null,id=c0'], null],
  ['-serial chardev:ID', ['-serial', 'chardev:nosuch'],
    "could not connect serial device to character backend 'chardev:nosuch'"],
  ['-serial chardev:ID given later', ['-serial', 'chardev:c0', '-chardev', 'null,id=c0'], null],
  ['-parallel chardev:ID', ['-parallel', 'chardev:c'],
    "could not connect parallel device to character backend 'chardev:c'"],
  ['-debugcon chardev:ID', ['-debugcon', 'chardev:c'], "invalid character backend 'chardev:c'"],
  ['a mux chardev needs its base first',
    ['-chardev', 'mux,id=m,chardev=c0', '-chardev', 'null,id=c0'],
    'mux: base chardev c0 not found'],
  ['a mux chardev after its base', ['-chardev', 'null,id=c0', '-chardev', 'mux,id=m,chardev=c0'],
    null],
  ['a mux chardev without a base', ['-chardev', 'mux,id=m'], 'chardev: mux: no chardev given'],
  ['-machine memory-backend given later',
    ['-machine', 'memory-backend=m0', '-object', 'memory-backend-ram,id=m0,size=1M'], null],
  ['-machine memory-backend misspelt',
    ['-machine', 'memory-backend=m1', '-object', 'memory-backend-ram,id=m0,size=1M'],
    "Memory backend 'm1' not found"],
  ['-machine memory-backend naming an object that is no memory backend',
    ['-machine', 'memory-backend=io', '-object', 'iothread,id=io'],
    "Memory backend 'io' not found"],
  ['-machine memory-backend naming a chardev',
    ['-machine', 'memory-backend=c0', '-chardev', 'null,id=c0'], "Memory backend 'c0' not found"],
  ['-numa memdev that no object defines',
    ['-machine', 'pc', '-m', '128M', '-numa', 'node,memdev=ram1',
      '-object', 'memory-backend-ram,id=ram0,size=128M'], 'memdev=ram1 is ambiguous'],
  ['a hubport netdev needs its netdev first',
    ['-netdev', 'hubport,id=h,hubid=0,netdev=u', '-netdev', 'user,id=u'], "netdev 'u' not found"],
  ['a hubport netdev after its netdev',
    ['-netdev', 'user,id=u', '-netdev', 'hubport,id=h,hubid=0,netdev=u'], null],
  ['a hubport netdev sees netdevs written as JSON, which QEMU creates first',
    ['-netdev', 'hubport,id=h,hubid=0,netdev=u', '-netdev', '{"type":"user","id":"u"}'], null],
  ['a JSON hubport netdev does not see a later QemuOpts netdev',
    ['-netdev', '{"type":"hubport","id":"h","hubid":0,"netdev":"u"}', '-netdev', 'user,id=u'],
    "netdev 'u' not found"],
  ['-net nic with a misspelt netdev', ['-netdev', 'user,id=u0', '-net', 'nic,netdev=u1'],
    "netdev 'u1' not found"],
  ['-net nic may name a netdev given later', ['-net', 'nic,netdev=u', '-netdev', 'user,id=u'],
    null],
  ['-net nic may name a -nic', ['-net', 'nic,netdev=x', '-nic', 'user,id=x'], null],
  ['-blockdev file naming a node given later',
    ['-blockdev', 'driver=raw,node-name=r,file=f', '-blockdev', 'driver=null-co,node-name=f'],
    "Cannot find device='f' nor node-name='f'"],
  ['-blockdev file naming an earlier node',
    ['-blockdev', 'driver=null-co,node-name=f', '-blockdev', 'driver=raw,node-name=r,file=f'],
    null],
  ['two monitors on one chardev', ['-chardev', 'null,id=c0', '-mon', 'c0', '-mon',
    'c0,mode=control'], "Device 'c0' is in use"],
  ['a monitor on the base of a mux chardev given later',
    ['-chardev', 'null,id=c0', '-mon', 'c0', '-chardev', 'mux,id=m,chardev=c0'],
    "Device 'c0' is in use"],
  ['two mux chardevs on one base',
    ['-chardev', 'null,id=c0', '-chardev', 'mux,id=m,chardev=c0', '-chardev',
      'mux,id=m2,chardev=c0'], "Device 'c0' is in use"],
  ['a serial port and a monitor on one chardev (the machine has no serial port)',
    ['-chardev', 'null,id=c0', '-mon', 'c0', '-serial', 'chardev:c0'], null],
  ['-qmp chardev:ID is also the monitor ID', ['-chardev', 'null,id=c0', '-qmp', 'chardev:c0',
    '-monitor', 'chardev:c0'], "Duplicate ID 'c0' for mon"],
  ['-mon id= clashing with -qmp chardev:ID', ['-mon', 'chardev=c0,id=c0', '-qmp', 'chardev:c0',
    '-chardev', 'null,id=c0'], "Duplicate ID 'c0' for mon"],
  ['-monitor chardev:ID must be an identifier', ['-monitor', 'chardev:1a'],
    "Parameter 'id' expects an identifier"],
  ['two human monitors on a mux chardev', ['-chardev', 'ringbuf,id=c0', '-chardev',
    'mux,id=m,chardev=c0', '-mon', 'm', '-mon', 'm'], null],
  ['-m size other than the memory backend\'s', ['-m', '128M', '-machine', 'memory-backend=m0',
    '-object', 'memory-backend-ram,id=m0,size=1M'],
  'Machine memory size does not match the size of the memory backend'],
  ['-m size equal to the memory backend\'s (no unit: MiB)', ['-m', '1', '-machine',
    'memory-backend=m0', '-object', 'memory-backend-ram,id=m0,size=1M'], null],
  ['-mem-path with a machine memory backend', ['-mem-path', '.', '-machine',
    'memory-backend=m0', '-object', 'memory-backend-ram,id=m0,size=1M'],
  "'-mem-path' can't be used together with'-machine memory-backend'"],
  ['two -blockdev nodes with one name',
    ['-blockdev', 'driver=null-co,node-name=co', '-blockdev', 'driver=null-co,node-name=co'],
    "Duplicate nodes with node-name='co'"],
  ['a -drive ID that a -blockdev given later has as its node name',
    ['-drive', 'if=none,id=co,driver=null-co', '-blockdev', 'driver=null-co,node-name=co'],
    "Device name 'co' conflicts with an existing node name"],
  ['-option-rom without a file', ['-option-rom', 'bootindex=1'],
    'Option ROM file is not specified'],
  ['-option-rom with an empty file name counts as given', ['-option-rom', 'romfile='], null],
  ['-global with keys needs all three', ['-global', 'driver=isa-fdc,property=driveA'],
    "options 'driver', 'property', and 'value' are required"],
  ['-global with all three keys', ['-global', 'driver=isa-fdc,property=driveA,value='], null],
  ['-add-fd without fd', ['-add-fd', 'set=1'], 'fd option is required and must be non-negative'],
  ['-add-fd fd wraps to -1 as a C int', ['-add-fd', 'fd=4294967295,set=1'],
    'fd option is required and must be non-negative'],
  ['-add-fd standard stream', ['-add-fd', 'fd=2,set=1'], 'fd cannot be a standard I/O stream'],
  ['-add-fd fd wraps to 0 as a C int', ['-add-fd', 'fd=4294967296,set=1'],
    'fd cannot be a standard I/O stream'],
  ['-add-fd without set', ['-add-fd', 'fd=3'], 'set option is required and must be non-negative'],
  ['-add-fd with fd and set', ['-add-fd', 'fd=3,set=1'], null],
  ['-m slots without maxmem', ['-m', '128M,slots=2'], 'slots specified but no max-size'],
  ['-m maxmem below the size', ['-m', '128M,maxmem=64M'], 'invalid value of maxmem: maximum ' +
    'memory size (0x4000000) must be at least the initial memory size (0x8000000)'],
  ['-m size without a unit is MiB, rounded to 8 KiB', ['-m', 'size=1,maxmem=1048575'],
    'invalid value of maxmem: maximum memory size (0xfffff) must be at least the initial ' +
    'memory size (0x100000)'],
  ['-m maxmem equal to the size with slots', ['-m', '128,slots=2,maxmem=128M'],
    'invalid value of maxmem: memory slots were specified but maximum memory size ' +
    '(0x8000000) is equal to the initial memory size (0x8000000)'],
  ['-m maxmem equal to the size without slots', ['-m', '128,maxmem=128M'], null],
  ['-m merged over two uses', ['-m', '128M,slots=2', '-m', 'maxmem=256M'], null],
  ['chardev file without a path', ['-chardev', 'file,id=f'], 'chardev: file: no filename given'],
  ['chardev pipe without a path', ['-chardev', 'pipe,id=p'], 'chardev: pipe: no device path given'],
  ['chardev tty, an alias of serial in 7.2', ['-chardev', 'tty,id=t'],
    'chardev: serial/tty: no device path given'],
  ['chardev parport, an alias of parallel in 7.2', ['-chardev', 'parport,id=p'],
    'chardev: parallel: no device path given'],
  ['chardev hub does not exist in 7.2', ['-chardev', 'hub,id=h'],
    "'hub' is not a valid char driver name"],
  ['chardev udp without a port', ['-chardev', 'udp,id=u,port='],
    'chardev: udp: remote port not specified'],
  ['chardev socket with two addresses', ['-chardev', 'socket,id=s,path=a,fd=3'],
    "None or one of 'path', 'fd' or 'host' option required."],
  ['chardev ringbuf size not a power of two', ['-chardev', 'ringbuf,id=r,size=3k'],
    'size of ringbuf chardev must be power of two'],
  ['chardev ringbuf size a power of two', ['-chardev', 'ringbuf,id=r,size=4k'], null],
];

for (const [title, argv, error] of CASES) {
  test(`issue 4 references: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

test('issue 4 references: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  await forEachQemuVerdict(CASES, (qemu, [title, , error]) => {
    assert.equal(qemu.outcome, error === null ? 'ok' : 'error', title);
    if (error !== null) assert.equal(qemu.error?.message, error, title);
  });
});
