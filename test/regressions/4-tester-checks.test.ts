import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * Command lines a tester found QEMU 7.2 rejecting while qemu-opts passed them (issue 4),
 * with QEMU's message (null: QEMU runs them), each checked against the binary too.
 */
const CASES: Qemu72Case[] = [
  ['-icount shift must be auto or 0 to 10', ['-icount', 'shift=xyz'],
    'icount: Invalid shift value'],
  ['-icount shift is read by strtol in base 0', ['-icount', 'shift=08'],
    'icount: Invalid shift value'],
  ['-icount shift in hex', ['-icount', 'shift=0x3'], null],
  ['-chardev needs an id', ['-chardev', 'null'], 'chardev: no id specified'],
  ['-chardev with an unknown backend', ['-chardev', 'nosuch,id=c'],
    "'nosuch' is not a valid char driver name"],
  ['-chardev id before backend', ['-chardev', 'nosuch'], 'chardev: no id specified'],
  ['-chardev without a backend', ['-chardev', 'id=c'], 'chardev: "c" missing backend'],
  ['-chardev help needs no id', ['-chardev', 'help'], null],
  ['-netdev needs an id', ['-netdev', 'user'], "Parameter 'id' is missing"],
  ['-netdev needs a type', ['-netdev', 'id=n'], "Parameter 'type' is missing"],
  ['-tpmdev needs an id', ['-tpmdev', 'passthrough'], "Parameter 'id' is missing"],
  ['-watchdog-action sets -action watchdog', ['-watchdog-action', 'bogus'],
    "Parameter 'watchdog' does not accept value 'bogus'"],
  ['-watchdog-action takes its argument whole', ['-watchdog-action', 'a,b'],
    "Parameter 'watchdog' does not accept value 'a,b'"],
  ['-watchdog-action then -action', ['-watchdog-action', 'bogus', '-action', 'watchdog=pause'],
    null],
  ['-action then -watchdog-action', ['-action', 'watchdog=pause', '-watchdog-action', 'bogus'],
    "Parameter 'watchdog' does not accept value 'bogus'"],
  ['-watchdog-action pause', ['-watchdog-action', 'pause'], null],
  ['-drive cache values', ['-drive', 'cache=bogus'], 'invalid cache option'],
  ['-drive aio values', ['-drive', 'aio=xyz'], 'invalid aio option'],
  ['-drive aio=threads', ['-drive', 'aio=threads'], null],
  ['-drive werror values', ['-drive', 'werror=xyz'], "'xyz' invalid write error action"],
  ['-drive rerror has no enospc', ['-drive', 'rerror=enospc'],
    "'enospc' invalid read error action"],
  ['-drive empty format', ['-drive', 'format='], "Unknown driver ''"],
  ['-drive bps is renamed before it is read', ['-drive', 'bps=1.5'],
    "Parameter 'throttling.bps-total' expects a number"],
  ['-drive bps is a number in base 0', ['-drive', 'bps=08'],
    "Parameter 'throttling.bps-total' expects a number"],
  ['-drive bps in hex', ['-drive', 'bps=0x10'], null],
  ['-drive cache is checked first', ['-drive', 'aio=xyz,cache=bogus'], 'invalid cache option'],
  ['-drive media values', ['-drive', 'media=x'], "'x' invalid media"],
  ['-drive if values', ['-drive', 'if=nosuch'], "unsupported bus type 'nosuch'"],
  ['-drive has no help', ['-drive', 'help'], 'Must specify either driver or file'],
  ['-drive ? is no help either', ['-drive', '?'], 'Must specify either driver or file'],
  ['-drive alias and name together', ['-drive', 'bps=1,throttling.bps-total=2'],
    "'throttling.bps-total' and its alias 'bps' can't be used at the same time"],
  ['-m 0x40 is read as 0x40M: a warning in 7.2', ['-m', '0x40'], null],
  ['-object needs an id', ['-object', 'memory-backend-ram,size=64M'], "Parameter 'id' is missing"],
  ['-object needs a qom-type', ['-object', 'id=m'], "Parameter 'qom-type' is missing"],
  ['-object help needs no id', ['-object', 'memory-backend-ram,help'], null],
  ['-object id is checked while reading it',
    ['-object', 'memory-backend-ram', '-chardev', 'null,id=c', '-chardev', 'null,id=c'],
    "Parameter 'id' is missing"],
  ['-numa node nodeid is a number in base 0', ['-numa', 'node,nodeid=08'],
    "Parameter 'nodeid' expects a uint64 value"],
  ['-numa node nodeid=x', ['-numa', 'node,memdev=m,nodeid=x'],
    "Parameter 'nodeid' expects a uint64 value"],
  ['-acpitable rev is a number in base 0', ['-acpitable', 'sig=ABCD,rev=08'],
    "Parameter 'rev' expects a uint64 value"],
  ['-acpitable oem_rev', ['-acpitable', 'sig=ABCD,oem_rev=1.5'],
    "Parameter 'oem_rev' expects a uint64 value"],
];

for (const [title, argv, error] of CASES) {
  test(`issue 4 tester: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.equal(ours[0], error, JSON.stringify(ours));
  });
}

/** The first finding on `argv` with `release`. */
function firstFinding(argv: string[], release: string): [string, string] | undefined {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', ...argv],
    { qemuVersion: release, host: 'linux', target: 'x86_64' });
  const d = diagnostics.find((x) => x.severity !== 'info');
  return d && [d.severity, d.message];
}

test('issue 4 tester: -m 0x40 warns in 7.2 (as QEMU 7.2 does) and is an error from 8.0', () => {
  const warning = 'Using a multiplier suffix on hex numbers is deprecated: 0x40M';
  assert.deepEqual(firstFinding(['-m', '0x40'], '7.2'), ['warning', warning]);
  assert.deepEqual(firstFinding(['-m', '0x40'], '10.2'),
    ['error', "Parameter 'memory.size' expects size"]);
  assert.equal(firstFinding(['-m', '64'], '10.2'), undefined);
  assert.equal(firstFinding(['-m', '0x40', '-m', '64'], '10.2'), undefined);
});

test('issue 4 tester: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  await forEachQemuVerdict(CASES, (qemu, [title, , error]) => {
    if (error === null) assert.notEqual(qemu.outcome, 'error', title);
    else assert.equal(qemu.error?.message, error, title);
  });
});
