import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * An outside tester's findings (issue 4): errors QEMU 7.2 reports before the guest starts,
 * while reading an option or when it creates backends, that qemu-opts missed. Each is pinned
 * to the 7.2 binary (null: QEMU runs).
 */
const CASES: Qemu72Case[] = [
  ['-serial with no chardev form', ['-serial', 'bogus:x'],
    "could not connect serial device to character backend 'bogus:x'"],
  ['-serial empty', ['-serial', ''],
    "could not connect serial device to character backend ''"],
  ['-serial mon: is taken off first', ['-serial', 'mon:bogus'],
    "could not connect serial device to character backend 'mon:bogus'"],
  ['-serial pty: is no form in 7.2', ['-serial', 'pty:x'],
    "could not connect serial device to character backend 'pty:x'"],
  ['-serial vc… is read later', ['-serial', 'vcbogus'], null],
  ['-serial none', ['-serial', 'none'], null],
  ['-parallel with no chardev form', ['-parallel', 'bogus'],
    "could not connect parallel device to character backend 'bogus'"],
  ['-debugcon with no chardev form', ['-debugcon', 'bogus'],
    "invalid character backend 'bogus'"],
  ['a second -serial', ['-serial', 'null', '-serial', 'bogus'],
    "could not connect serial device to character backend 'bogus'"],
  ['-monitor with no chardev form', ['-monitor', 'bogus:'], 'parse error: bogus:'],
  ['-monitor none… makes no monitor', ['-monitor', 'nonesuch'], null],
  ['-monitor mon:', ['-monitor', 'mon:x'], 'parse error: mon:x'],
  ['-qmp empty', ['-qmp', ''], 'parse error: '],
  ['-qmp none is no form', ['-qmp', 'none'], 'parse error: none'],
  ['-qmp-pretty', ['-qmp-pretty', 'bogus'], 'parse error: bogus'],
  ['-fsdev without an id', ['-fsdev', 'local,path=.,security_model=none'],
    'fsdev: No id specified'],
  ['-fsdev with an unknown driver', ['-fsdev', 'bogus,id=f'], 'fsdev: fsdriver bogus not found'],
  ['-fsdev without a driver', ['-fsdev', 'id=f'], 'fsdev: No fsdriver specified'],
  ['-fsdev synth', ['-fsdev', 'synth,id=f'], null],
  ['-virtfs with an unknown driver', ['-virtfs', 'bogus,mount_tag=t'],
    'fsdev: fsdriver bogus not found'],
  ['-virtfs without a mount_tag', ['-virtfs', 'local,path=.,security_model=none'],
    'Usage: -virtfs fsdriver,mount_tag=tag'],
  ['-acpitable without data or file', ['-acpitable', 'sig=ABCD'],
    "'-acpitable' requires one of 'data' or 'file'"],
  ['-acpitable with data and file', ['-acpitable', 'data=a,file=b'],
    "'-acpitable' requires one of 'data' or 'file'"],
  ['-acpitable numbers are read first', ['-acpitable', 'sig=ABCD,rev=1'],
    "'-acpitable' requires one of 'data' or 'file'"],
  ['-acpitable: a number beyond its width', ['-acpitable', 'rev=300'],
    "Parameter 'rev' expects uint8_t"],
  ['-acpitable: one key it lacks', ['-acpitable', 'sig=ABCD,bogus=1'],
    "Invalid parameter 'bogus'"],
  ['-acpitable: a help flag is a key it lacks', ['-acpitable', 'sig=ABCD,help'],
    "Invalid parameter 'help'"],
  ['a -virtfs mount_tag is an fsdev ID', ['-fsdev', 'synth,id=t', '-virtfs',
    'synth,mount_tag=t'], 'duplicate or invalid fsdev id: t'],
  ['two -virtfs with one mount_tag', ['-virtfs', 'proxy2,mount_tag=t', '-virtfs',
    'bogus,mount_tag=t'], 'duplicate or invalid fsdev id: t'],
  ['a null-co node with a negative size makes QEMU abort',
    ['-blockdev', 'driver=null-co,node-name=n,size=-1'],
    "Parameter 'size' expects a non-negative number below 2^64"],
  ['a JSON null-aio node with a negative size',
    ['-blockdev', '{"driver":"null-aio","node-name":"n","size":-5}'],
    "Parameter 'size' expects a non-negative number below 2^64"],
  ['a null-co node with size 0', ['-blockdev', 'driver=null-co,node-name=n,size=0'], null],
  ['-fsdev synth is taken as it is', ['-fsdev', 'synth,id=f0', '-fsdev', 'Local,id=f4'],
    'fsdev: fsdriver Local not found'],
];

for (const [title, argv, error] of CASES) {
  test(`issue 4 tester: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

test('issue 4 tester: -serial and -monitor name no form when a -chardev took their name', () => {
  assert.deepEqual(ourErrors72(['-chardev', 'null,id=serial0', '-serial', 'bogus'])
    .filter((m) => m.includes('backend')), []);
  assert.deepEqual(ourErrors72(['-chardev', 'null,id=compat_monitor0', '-qmp', 'bogus'])
    .filter((m) => m.includes('parse error')), []);
});

test('issue 4 tester: pty: is a chardev form in 10.x', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-serial', 'pty:x'],
    { qemuVersion: '10.2', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
});

test('issue 4 tester: the reason QEMU gives first is the hint', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-serial', 'mon:bogus'],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  assert.equal(diagnostics[0]?.hint, "'bogus' is not a valid char driver");
});

testQemu72Verdicts('issue 4 tester: QEMU 7.2 still gives these verdicts', CASES);
