import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * An outside tester's findings (issue 4), second part: what QEMU 7.2 decides from the command
 * line alone when it configures the accelerator and creates socket chardevs, `user` network
 * backends and the TPM backend, and `-audio` while reading it. Each is pinned to the 7.2
 * binary (null: QEMU runs).
 */
const USER_OFF = '{"type":"user","id":"n","ipv4":false,"ipv6":false}';
const CASES: Qemu72Case[] = [
  ['-machine accel= with no accelerator QEMU has', ['-machine', 'q35,accel=bogus'],
    'invalid accelerator bogus'],
  ['-machine accel= falls back to the next name', ['-machine', 'accel=bogus:tcg'], null],
  ['-machine accel= empty', ['-machine', 'accel='], 'no accelerator found'],
  ['-machine accel= with an empty name after a good one', ['-machine', 'accel=tcg:'], null],
  ['-accel and -machine accel= together', ['-accel', 'tcg', '-machine', 'accel=tcg'],
    'The -accel and "-machine accel=" options are incompatible'],
  ['-audio needs a model in 7.2', ['-audio', 'none'], "Parameter 'model' is missing"],
  ['-audio with a sound card no build has', ['-audio', 'driver=none,model=bogus'],
    "Unknown sound card name `bogus'"],
  ['-tpmdev with a type no build has', ['-tpmdev', 'bogus,id=t'],
    "Parameter 'type' expects a TPM backend type"],
  ['a socket chardev client with no address', ['-chardev', 'socket,id=c0'],
    'Unable to parse FD number'],
  ['a socket chardev server with no address runs', ['-chardev', 'socket,id=c,server=on,wait=off'],
    null],
  ['reconnect on a listening socket',
    ['-chardev', 'socket,id=c,path=x.sock,server=on,wait=off,reconnect=5'],
    "'reconnect' option is incompatible with socket in server listen mode"],
  ['reconnect with no address', ['-chardev', 'socket,id=c,reconnect=1'],
    "'reconnect' option is incompatible with 'fd' address type"],
  ['wait on a client', ['-chardev', 'socket,id=c,wait=off'],
    "'wait' option is incompatible with socket in client connect mode"],
  ['a websocket client', ['-chardev', 'socket,id=c,websocket=on'],
    'Websocket client is not implemented'],
  ['tls-authz without tls-creds', ['-chardev', 'socket,id=c,server=on,tls-authz=a'],
    "'tls_authz' option requires 'tls_creds' option"],
  ['delay and nodelay', ['-chardev', 'socket,id=c,delay=on,nodelay=on'],
    "'delay' and 'nodelay' are mutually exclusive"],
  ['a user netdev with neither IP version',
    ['-netdev', 'user,id=n,restrict=on,ipv4=off,ipv6=off'], 'IPv4 and IPv6 disabled'],
  ['the same as JSON', ['-netdev', USER_OFF], 'IPv4 and IPv6 disabled'],
  ['IPv4 off with a network', ['-netdev', 'user,id=n,ipv4=off,net=10.0.0.0/8'],
    'IPv4 disabled but netmask/host/dns provided'],
  ['IPv6 off with a DNS server, on -net', ['-net', 'user,ipv6=off,ipv6-dns=::1'],
    'IPv6 disabled but prefix/host6/dns6 provided'],
  ['ipv6=on alone turns IPv4 off, not both', ['-netdev', 'user,id=n,ipv6=on'], null],
  ['a forwarding rule without a host port separator',
    ['-netdev', 'user,id=n0,hostfwd=tcp::bogus'],
    "Invalid host forwarding rule 'tcp::bogus' (Bad host port separator)"],
  ['the same on -nic', ['-nic', 'user,hostfwd=tcp::bogus'],
    "Invalid host forwarding rule 'tcp::bogus' (Bad host port separator)"],
  ['a forwarding rule with no colon', ['-netdev', 'user,id=n,hostfwd=x'],
    "Invalid host forwarding rule 'x' (No : separators)"],
  ['a forwarding rule with another protocol', ['-netdev', 'user,id=n,hostfwd=icmp::1-:2'],
    "Invalid host forwarding rule 'icmp::1-:2' (Bad protocol name)"],
  ['a host port out of range', ['-netdev', 'user,id=n,hostfwd=tcp::70000-:22'],
    "Invalid host forwarding rule 'tcp::70000-:22' (Bad host port)"],
  ['guest port 0', ['-netdev', 'user,id=n,hostfwd=udp::1-:0'],
    "Invalid host forwarding rule 'udp::1-:0' (Bad guest port)"],
  ['no guest address separator', ['-netdev', 'user,id=n,hostfwd=tcp::1-22'],
    "Invalid host forwarding rule 'tcp::1-22' (Missing guest address)"],
  ['-nic mac= QEMU cannot read', ['-nic', 'user,mac=zz'], 'invalid syntax for ethernet address'],
  ['-nic mac= with five bytes', ['-nic', 'user,mac=1:2:3:4:5'],
    'invalid syntax for ethernet address'],
  ['-nic mac= above 0xFFFFFF as one number', ['-nic', 'user,mac=16777216'],
    'invalid syntax for ethernet address'],
  ['-nic mac= as one number', ['-nic', 'user,mac=0x123456'], null],
  ['-nic mac= empty reads as 0', ['-nic', 'user,mac='], null],
  ['-nic mac= with colons only', ['-nic', 'user,mac=:::::'], null],
  ['-nic mac= multicast', ['-nic', 'user,mac=1:2:3:4:5:6'],
    'NIC cannot have multicast MAC address'],
  ['-nic mac= multicast after a huge first number',
    ['-nic', 'user,mac=99999999999999999999:0:0:0:0:0'], 'NIC cannot have multicast MAC address'],
  ['-net nic macaddr= QEMU cannot read', ['-net', 'nic,macaddr=zz'],
    'invalid syntax for ethernet address'],
  ['-net nic macaddr= multicast', ['-net', 'nic,macaddr=ff-ff-ff-ff-ff-ff'],
    'NIC cannot have multicast MAC address (odd 1st byte)'],
  ['a JSON forwarding rule',
    ['-netdev', '{"type":"user","id":"n","hostfwd":[{"str":"tcp:1"}]}'],
    "Invalid host forwarding rule 'tcp:1' (Missing : separator)"],
];

for (const [title, argv, error] of CASES) {
  test(`issue 4 tester (creation): ${title}`, () => {
    const ours = ourErrors72(argv).map((m) => m.trimEnd());
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

test('issue 4 tester (creation): -audio without a model is fine in 10.2', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-audio', 'none'],
    { qemuVersion: '10.2', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
});

test('issue 4 tester (creation): the 7.2 socket checks are not made for 10.2', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-chardev', 'socket,id=c,wait=off'],
    { qemuVersion: '10.2', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
});

test('issue 4 tester (creation): QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  await forEachQemuVerdict(CASES, (qemu, [title, , error]) => {
    assert.equal(qemu.outcome, error === null ? 'ok' : 'error', title);
    if (error !== null) assert.equal(qemu.error?.message.trimEnd(), error, title);
  });
});
