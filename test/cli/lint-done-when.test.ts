import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

// The "Done when" examples of issue 2, with the built-in catalog, through the CLI.

const ARGV = ['qemu-system-x86_64', '-run-with'];

test("exit-with-parent=maybe: exit 1, QEMU's bool message pointing at maybe", async () => {
  const run = await runCli(['lint', '--host', 'linux', '--', ...ARGV, 'exit-with-parent=maybe']);
  assert.equal(run.status, 1);
  assert.equal(
    run.out,
    "<argv>:1:47: error: Parameter 'exit-with-parent' expects 'on' or 'off' [invalid-bool]\n" +
      '    1 | qemu-system-x86_64 -run-with exit-with-parent=maybe\n' +
      '      |                                               ^~~~~\n',
  );
});

test('--host windows: -run-with is an invalid option', async () => {
  const run = await runCli(['lint', '--host', 'windows', '--', ...ARGV, 'exit-with-parent=on']);
  assert.equal(run.status, 1);
  assert.match(run.out, /^<argv>:1:20: error: invalid option \[not-on-host\]\n/);
});

test('--host darwin: exit-with-parent fine, async-teardown an invalid parameter', async () => {
  const fine = await runCli(['lint', '--host', 'darwin', '--', ...ARGV, 'exit-with-parent=on']);
  assert.deepEqual([fine.status, fine.out], [0, '']);
  const bad = await runCli(['lint', '--host', 'darwin', '--', ...ARGV, 'async-teardown=on']);
  assert.equal(bad.status, 1);
  assert.match(
    bad.out,
    /^<argv>:1:30: error: Invalid parameter 'async-teardown' \[not-on-host\]\n/,
  );
});

test('--host netbsd: exit-with-parent=on is not available on this platform', async () => {
  const run = await runCli(['lint', '--host', 'netbsd', '--', ...ARGV, 'exit-with-parent=on']);
  assert.equal(run.status, 1);
  assert.match(
    run.out,
    /^<argv>:1:47: error: exit-with-parent is not available on this platform \[not-on-host\]\n/,
  );
});

test('--qemu-version 10.1: exit-with-parent is an invalid parameter', async () => {
  const args = [
    'lint',
    '--host',
    'linux',
    '--qemu-version',
    '10.1',
    '--',
    ...ARGV,
    'exit-with-parent=on',
  ];
  const run = await runCli(args);
  assert.equal(run.status, 1);
  assert.match(
    run.out,
    /^<argv>:1:30: error: Invalid parameter 'exit-with-parent' \[not-in-version\]\n/,
  );
});

test("help run-with --qemu-version 10.2 prints exactly spec 4.1's listing", async () => {
  const run = await runCli(['help', 'run-with', '--host', 'linux', '--qemu-version', '10.2']);
  assert.equal(run.status, 0);
  assert.equal(
    run.out,
    'run-with options:\n' +
      '  async-teardown=<bool (on/off)>\n' +
      '  chroot=<str>\n' +
      '  exit-with-parent=<bool (on/off)>\n' +
      '  user=<str>\n',
  );
});

test('help run-with: no async-teardown off Linux, no exit-with-parent before 10.2', async () => {
  const darwin = await runCli(['help', '-run-with', '--host', 'darwin', '--qemu-version', '10.2']);
  assert.equal(
    darwin.out,
    'run-with options:\n  chroot=<str>\n  exit-with-parent=<bool (on/off)>\n  user=<str>\n',
  );
  const old = await runCli(['help', 'run-with', '--host', 'linux', '--qemu-version', '9.1']);
  assert.equal(
    old.out,
    'run-with options:\n  async-teardown=<bool (on/off)>\n  chroot=<str>\n  user=<str>\n',
  );
});
