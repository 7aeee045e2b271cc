import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * `-smp` topologies QEMU 7.2 refuses when it sets the machine's `smp` property, for machine
 * types the built-in build facts know, each pinned to the binary's message (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['more CPUs than machine none has', ['-machine', 'none', '-smp', '2'],
    "Invalid SMP CPUs 2. The max CPUs supported by machine 'none' is 1"],
  ['more CPUs than q35 has, named by its full name', ['-M', 'q35', '-smp', '300'],
    "Invalid SMP CPUs 300. The max CPUs supported by machine 'pc-q35-7.2' is 288"],
  ['-1 is 4294967295 CPUs, printed as -1', ['-M', 'pc', '-smp', '-1'],
    "Invalid SMP CPUs -1. The max CPUs supported by machine 'pc-i440fx-7.2' is 255"],
  ['a count in octal (found by the differential test)', ['-machine', 'none', '-smp',
    '0,cores=052'], "Invalid SMP CPUs 42. The max CPUs supported by machine 'none' is 1"],
  ['a count in hex', ['-M', 'pc', '-smp', '0x100'],
    "Invalid SMP CPUs 256. The max CPUs supported by machine 'pc-i440fx-7.2' is 255"],
  ['a count past 32 bits wraps', ['-M', 'pc', '-smp', '4294967297'], null],
  ['a product other than cpus', ['-M', 'pc', '-smp', '8,sockets=2,cores=3'],
    'Invalid CPU topology: product of the hierarchy must match maxcpus: ' +
    'sockets (2) * dies (1) * cores (3) * threads (1) != maxcpus (8)'],
  ['a product that fits', ['-M', 'pc', '-smp', '6,sockets=2,cores=3'], null],
  ['threads computed last, rounded down', ['-M', 'pc', '-smp', 'sockets=2,cores=3,maxcpus=4'],
    'Invalid CPU topology: product of the hierarchy must match maxcpus: ' +
    'sockets (2) * dies (1) * cores (3) * threads (0) != maxcpus (4)'],
  ['sockets computed from cores', ['-M', 'pc', '-smp', '5,cores=2'],
    'Invalid CPU topology: product of the hierarchy must match maxcpus: ' +
    'sockets (2) * dies (1) * cores (2) * threads (1) != maxcpus (5)'],
  ['6.1 and older fill in sockets first', ['-M', 'pc-i440fx-6.1', '-smp', '4,cores=2'], null],
  ['maxcpus below cpus', ['-M', 'pc', '-smp', 'cpus=2,maxcpus=1'],
    'Invalid CPU topology: maxcpus must be equal to or greater than smp: ' +
    'sockets (1) * dies (1) * cores (1) * threads (1) == maxcpus (1) < smp_cpus (2)'],
  ['maxcpus above cpus', ['-M', 'pc', '-smp', 'maxcpus=4,cpus=2'], null],
  ['no dies level on machine none', ['-machine', 'none', '-smp', 'dies=2'],
    "dies not supported by this machine's CPU topology"],
  ['no dies level on microvm', ['-M', 'microvm', '-smp', 'dies=2'],
    "dies not supported by this machine's CPU topology"],
  ['no clusters level on a PC', ['-M', 'pc', '-smp', 'clusters=2'],
    "clusters not supported by this machine's CPU topology"],
  ['none has no dies in its hierarchy', ['-machine', 'none', '-smp', '1,sockets=2'],
    'Invalid CPU topology: product of the hierarchy must match maxcpus: ' +
    'sockets (2) * cores (0) * threads (1) != maxcpus (1)'],
];

for (const [title, argv, error] of CASES) {
  test(`-smp topology: ${title}`, () => {
    assert.deepEqual(ourErrors72(argv), error === null ? [] : [error]);
  });
}

test('-smp topology: not checked for 10.x, whose levels and messages differ', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-M', 'pc', '-smp', '8,sockets=3'],
    { qemuVersion: '10.2', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.filter((d) => d.code === 'machine-smp-topology'), []);
});

testQemu72Verdicts('-smp topology: QEMU 7.2 still gives these verdicts', CASES);
