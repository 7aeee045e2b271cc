import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

test('help without an option: the -help body for the build, per host and target', async () => {
  const linux = await runCli(['help', '--host', 'linux', '--qemu-version', '10.2']);
  assert.equal(linux.status, 0);
  assert.match(linux.out, /^Standard options:\n/);
  assert.match(linux.out, /\n\ni386 target only:\n/);
  assert.match(linux.out, /\n-run-with \[async-teardown=on\|off\]\[,chroot=dir\]\n/);
  const windows = await runCli(['help', '--host', 'windows', '--qemu-version', '10.2']);
  assert.doesNotMatch(windows.out, /^-run-with/m);
  const arm = await runCli(['help', '--host', 'linux', '--target', 'aarch64']);
  assert.doesNotMatch(arm.out, /i386 target only:/);
  const old = await runCli(['help', '--host', 'linux', '--qemu-version', '7.2']);
  assert.doesNotMatch(old.out, /^-run-with/m);
  assert.match(old.out, /^-chroot /m);
});

test('help OPTION: -smp lists smp-opts (spec 3.4), sorted by whole line', async () => {
  const run = await runCli(['help', 'smp', '--qemu-version', '10.2']);
  assert.equal(run.status, 0);
  const lines = run.out.split('\n');
  assert.equal(lines[0], 'smp-opts options:');
  assert.ok(lines.includes('  cpus=<num>'));
  assert.ok(lines.includes('  maxcpus=<num>'));
  const body = lines.slice(1, -1);
  assert.deepEqual(body, [...body].sort());
});

test('help OPTION for an option without a typed list prints its -help entry', async () => {
  const run = await runCli(['help', '-device']);
  assert.equal(run.status, 0);
  assert.match(run.out, /^-device driver\[,prop\[=value\]\[,\.\.\.\]\]\n/);
});

test('help for an option the build lacks: invalid option, exit 1; bad usage: exit 2', async () => {
  const windows = await runCli(['help', 'run-with', '--host', 'windows']);
  assert.deepEqual([windows.status, windows.out], [1, '']);
  assert.match(windows.err, /-run-with: invalid option/);
  const bogus = await runCli(['help', '-bogus']);
  assert.equal(bogus.status, 1);
  const two = await runCli(['help', 'm', 'smp']);
  assert.equal(two.status, 2);
  assert.match(two.err, /usage: qemu-opts help/);
});
