import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * An outside tester's command lines that QEMU 7.2 rejects once it creates its backends:
 * a backend naming a chardev no option defines, and stdio used by two chardevs or with
 * -daemonize. Each is pinned to the binary's message. The runner adds `-qmp stdio` before
 * the case's words, so QEMU may name an earlier word than ours; the message is the same.
 */
const CASES: Qemu72Case[] = [
  ['-netdev vhost-user with an unknown chardev', ['-netdev', 'vhost-user,id=n0,chardev=c0'],
    'chardev "c0" not found'],
  ['-tpmdev emulator with an unknown chardev', ['-tpmdev', 'emulator,id=tpm0,chardev=chrtpm'],
    "tpm-emulator: tpm chardev 'chrtpm' not found"],
  ['-serial stdio and -monitor stdio', ['-serial', 'stdio', '-monitor', 'stdio'],
    'cannot use stdio by multiple character devices'],
  ['two stdio chardevs', ['-chardev', 'stdio,id=c0', '-chardev', 'stdio,id=c1'],
    'cannot use stdio by multiple character devices'],
  ['-serial mon:stdio and -qmp stdio', ['-serial', 'mon:stdio', '-qmp', 'stdio'],
    'cannot use stdio by multiple character devices'],
  ['a stdio chardev with -daemonize', ['-chardev', 'stdio,id=c0', '-daemonize'],
    'cannot use stdio with -daemonize'],
];

/**
 * Backends whose chardev is defined later: QEMU finds it (and fails further on, with a
 * message of its own, as a null chardev is no vhost-user or TPM peer).
 */
const FORWARD: [string, string[], string, string][] = [
  ['-netdev vhost-user finds a chardev given later',
    ['-netdev', 'vhost-user,id=n0,chardev=c0', '-chardev', 'null,id=c0'],
    'chardev "c0" not found', 'chardev "c0" is not reconnectable'],
  ['-tpmdev emulator finds a chardev given later',
    ['-tpmdev', 'emulator,id=t,chardev=c0', '-chardev', 'null,id=c0'],
    "tpm-emulator: tpm chardev 'c0' not found",
    'tpm-emulator: Could not cleanly shutdown the TPM: Inappropriate ioctl for device'],
];

for (const [title, argv, error] of CASES) {
  test(`tester checks: ${title}`, () => {
    const ours = ourErrors72(argv);
    assert.ok(error !== null && ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

for (const [title, argv, unresolved] of FORWARD) {
  test(`tester checks: ${title}`, () => {
    assert.ok(!ourErrors72(argv).includes(unresolved));
  });
}

test('tester checks: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const forward: Qemu72Case[] = FORWARD.map(([title, argv, , qemu]) => [title, argv, qemu]);
  await forEachQemuVerdict([...CASES, ...forward], (qemu, [title, , error]) => {
    assert.equal(qemu.outcome, 'error', title);
    // The runner's own `-qmp stdio` is the first stdio chardev: QEMU may fail on it.
    assert.equal(qemu.error?.message.replace(/^-qmp stdio: /, ''), error, title);
  });
});
