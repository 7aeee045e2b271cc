/**
 * fast-check arbitraries of command lines for what QEMU checks when it creates objects,
 * network backends, fsdevs and the short chardev forms (issue 4, an outside tester's
 * findings): `-object` iothreads and memory backends as JSON and QemuOpts sharing IDs,
 * `-netdev` (JSON and QemuOpts), `-nic` and `-net` sharing IDs and with good and bad keys,
 * `-serial`/`-parallel`/`-debugcon`/`-monitor`/`-qmp` short forms, `-fsdev`/`-virtfs` IDs and
 * drivers, `-acpitable` without its table, socket chardevs with no address or clashing keys,
 * `user` backends with IP versions off and bad forwarding rules, `-machine accel=`, and the
 * `-audio`/`-tpmdev` forms 7.2 refuses. One to three options per line.
 *
 * Safety: no word names a path with `/`; the chardev forms are `null`, `none`, `file:` with a
 * relative name, `mon:null` or forms QEMU refuses before opening anything (never `stdio`,
 * `pty`, `vc`, sockets or devices); socket chardevs only with no address (clients that fail
 * to read the missing fd, or refused earlier); network backends are `user` with forwarding
 * rules QEMU refuses by their syntax only, or types refused before they open anything;
 * `-acpitable` never has only one of `data` and `file`; `-debugcon` and `-virtfs` only in
 * forms QEMU refuses before making their devices.
 *
 * @module
 */
import fc from 'fast-check';
import { distinctSample } from './distinct-sample.js';
import type { GeneratedCase } from './command-lines.js';

/** IDs: a few shared ones, one with a JSON escape, one that is not an identifier. */
const id = fc.constantFrom('a', 'a', 'b', 'io0', '1a');

/** `-object` iothreads and small memory backends, as JSON or QemuOpts. */
const objectOption = fc.tuple(fc.constantFrom('iothread', 'iothread', 'memory-backend-ram'),
  id, fc.boolean(), fc.boolean())
  .map(([type, name, json, escaped]) => {
    const size = type === 'iothread' ? '' : ',size=4096';
    if (!json) return ['-object', `${type},id=${name}${size}`];
    const written = escaped && name === 'io0' ? 'io\\u0030' : name;
    const jsonSize = type === 'iothread' ? '' : ',"size":4096';
    return ['-object', `{"qom-type":"${type}","id":"${written}"${jsonSize}}`];
  });

/** `-netdev`, `-nic` and `-net` `user` backends that may share an ID. */
const netdevWithId = fc.tuple(fc.constantFrom('-netdev', '-netdev', '-nic', '-net'),
  fc.constantFrom('n0', 'n0', 'n1'), fc.boolean())
  .map(([option, name, json]) => option === '-netdev' && json
    ? [option, `{"type":"user","id":"${name}"}`] : [option, `user,id=${name}`]);

/** `-nic` arguments, good and bad. */
const nicArgument = fc.constantFrom('user', 'user,bogus=1', 'bogus', 'help', 'user,help',
  'user,model=e1000', 'user,mac=52:54:00:12:34:56', 'user,model=e1000,hostname=h', 'nic',
  'none', 'none,bogus=1', 'user,restrict=maybe', 'user,restrict=on', 'tap,bogus=1',
  'hubport,hubid=0', 'user,vlan=0', 'user,ipv4=off', 'user,type=none', 'model=e1000',
  'user,mac=zz', 'user,mac=1:2:3:4:5:6', 'user,mac=0x123456', 'user,mac=16777216',
  'user,mac=52-54-00-12-34-5', 'none,mac=zz');

/** `-net` arguments, good and bad. */
const netArgument = fc.constantFrom('user', 'user,bogus=1', 'user,vlan=0', 'nic',
  'nic,model=e1000', 'nic,bogus=1', 'nic,macaddr=52:54:00:12:34:56', 'nic,name=x', 'none',
  'none,bogus=1', 'hubport,hubid=0', 'help', 'bogus', 'user,restrict=maybe', 'user,name=x',
  'tap,bogus=1', 'nic,macaddr=zz', 'nic,macaddr=3:0:0:0:0:0', 'nic,macaddr=52:54:00:0:0:1');

/** Short chardev forms: ones QEMU makes without opening anything, and ones it refuses. */
const charForm = fc.constantFrom('null', 'file:out.log', 'mon:null', 'bogus', '', 'bogus:x',
  'mon:bogus', 'pty:x', 'nul', 'Null', 'mon:', 'none');

/** `-serial`, `-parallel`, `-debugcon` (refused forms only), `-monitor`, `-qmp`. */
const charOption = fc.oneof(
  // A QMP monitor on mon:null makes QEMU 7.2 fail an assertion: left out.
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('-serial', '-parallel', '-monitor', '-qmp',
    '-qmp-pretty'), charForm).filter(([option, form]) => !(option.startsWith('-qmp') &&
    form === 'mon:null')).map(([option, form]) => [option, form]) },
  { weight: 1, arbitrary: fc.constantFrom('bogus', '', 'pty:x', 'mon:bogus')
    .map((form) => ['-debugcon', form]) },
  { weight: 1, arbitrary: fc.constantFrom('nonesuch', 'none').map((form) => ['-monitor', form]) },
);

/** `-fsdev` and `-virtfs`: IDs and drivers, good and bad (`-virtfs` only refused ones). */
const fsdevOption = fc.oneof(
  fc.constantFrom('local,id=f0,path=.,security_model=none', 'synth,id=f1', 'synth,id=f0',
    'local,path=.,security_model=none', 'bogus,id=f2', 'id=f3', 'Local,id=f4',
    'local,id=f5,path=.').map((a) => ['-fsdev', a]),
  fc.constantFrom('local,path=.,security_model=none', 'bogus,mount_tag=t', 'mount_tag=t',
    'synth', 'proxy2,mount_tag=t').map((a) => ['-virtfs', a]),
);

/** `-acpitable` without its table, or with both `data` and `file`. */
const acpitableOption = fc.constantFrom('sig=ABCD', 'sig=ABCD,rev=1', 'oem_id=x',
  'rev=300', 'sig=ABCD,oem_rev=7', 'data=a.dat,file=b.dat', 'sig=ABCD,bogus=1')
  .map((a) => ['-acpitable', a]);

/** Socket chardevs QEMU 7.2 refuses before opening anything (no address, clashing keys). */
const socketOption = fc.constantFrom('socket,id=s0', 'socket,id=s1,reconnect=1',
  'socket,id=s2,wait=off', 'socket,id=s3,websocket=on', 'socket,id=s4,server=on,tls-authz=a',
  'socket,id=s5,delay=on,nodelay=on', 'socket,id=s6,server=on,reconnect=5',
  'socket,id=s7,nowait').map((a) => ['-chardev', a]);

/** `user` backends with IP versions turned off and forwarding rules QEMU refuses. */
const userOption = fc.tuple(fc.constantFrom('-netdev', '-nic', '-net'),
  fc.constantFrom('ipv4=off,ipv6=off', 'ipv4=off', 'ipv6=off', 'ipv6=on', 'ipv4=on,ipv6=off',
    'ipv4=off,net=10.0.0.0', 'ipv4=off,dns=10.0.2.3', 'ipv6=off,ipv6-dns=::1',
    'restrict=on,ipv4=off,ipv6=off', 'hostfwd=tcp::bogus', 'hostfwd=x', 'hostfwd=icmp::1-:2',
    'hostfwd=tcp::70000-:22', 'hostfwd=udp::1-:0', 'hostfwd=tcp::1-22', 'hostfwd=tcp:1',
    'ipv4=off,ipv6=off,hostfwd=x'), fc.boolean())
  .map(([option, items, json]) => {
    if (option === '-netdev' && json && !items.includes('hostfwd') && !items.includes('=::')) {
      const members = items.split(',').map((item) => {
        const [key, value] = item.split('=');
        const written = value === 'on' ? 'true' : value === 'off' ? 'false' : `"${value}"`;
        return `"${key}":${written}`;
      });
      return [option, `{"type":"user","id":"u0",${members.join(',')}}`];
    }
    return [option, option === '-netdev' ? `user,id=u0,${items}` : `user,${items}`];
  });

/** `-machine accel=`, alone or with `-accel`. */
const machineAccel = fc.tuple(fc.constantFrom('bogus', 'bogus:tcg', 'tcg', 'tcg:bogus', '',
  'bogus:nope', 'tcg:'), fc.boolean())
  .map(([names, withAccel]) => [...(withAccel ? ['-accel', 'tcg'] : []), '-machine',
    `accel=${names}`]);

/** `-audio` forms 7.2 refuses, and `-tpmdev` types no build has (never a real backend). */
const audioOrTpm = fc.constantFrom(['-audio', 'none'], ['-audio', 'driver=none,model=bogus'],
  ['-audio', 'wav,model=Hda'], ['-tpmdev', 'bogus,id=t'], ['-tpmdev', 'id=t'],
  ['-tpmdev', 'passthru,id=t']);

/** One option of a family, with the family's name. */
const backendOption: fc.Arbitrary<GeneratedCase> = fc.oneof(
  { weight: 3, arbitrary: objectOption.map((argv) => ({ family: '-object', argv })) },
  { weight: 3, arbitrary: netdevWithId.map((argv) => ({ family: 'netdev-id', argv })) },
  { weight: 2, arbitrary: nicArgument.map((a) => ({ family: '-nic', argv: ['-nic', a] })) },
  { weight: 2, arbitrary: netArgument.map((a) => ({ family: '-net', argv: ['-net', a] })) },
  { weight: 3, arbitrary: charOption.map((argv) => ({ family: 'chardev-form', argv })) },
  { weight: 2, arbitrary: fsdevOption.map((argv) => ({ family: argv[0], argv })) },
  { weight: 1, arbitrary: acpitableOption.map((argv) => ({ family: '-acpitable', argv })) },
  { weight: 2, arbitrary: socketOption.map((argv) => ({ family: 'socket', argv })) },
  { weight: 2, arbitrary: userOption.map((argv) => ({ family: 'user', argv })) },
  { weight: 1, arbitrary: machineAccel.map((argv) => ({ family: 'accel=', argv })) },
  { weight: 1, arbitrary: audioOrTpm.map((argv) => ({ family: argv[0], argv: [...argv] })) },
);

/** A command line of one to three such options. */
export const backendCommandLine: fc.Arbitrary<GeneratedCase> = fc.oneof(
  { weight: 2, arbitrary: backendOption },
  { weight: 3, arbitrary: fc.array(backendOption, { minLength: 2, maxLength: 3 })
    .map((cases) => ({ family: 'command-line', argv: cases.flatMap((c) => c.argv) })) },
);

/** The backend test's cases: `count` distinct command lines drawn with a fixed seed. */
export function generateBackendCases(count: number, seed = 0x4e37): GeneratedCase[] {
  return distinctSample(backendCommandLine, count, seed, 4);
}
