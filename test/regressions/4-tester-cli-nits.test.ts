import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';

/**
 * Small CLI findings of an outside tester, each pinned to what the user should see.
 */

const QEMU = '/usr/bin/qemu-system-x86_64';

test("lint -- ls -la says 'ls' is not a QEMU emulator, and still reads the rest", async () => {
  const run = await runCli(['lint', '--', 'ls', '-la']);
  assert.match(run.out, new RegExp("info: 'ls' is not the name of a QEMU system emulator; " +
    'its arguments are read as those of qemu-system-x86_64 \\[program-name\\]'));
  assert.match(run.out, /error: invalid option \[invalid-option\]/);
  assert.equal(run.status, 1);
});

test('--target that differs from the program name is said, and followed', async () => {
  const run = await runCli(['lint', '--target', 'aarch64', '--', 'qemu-system-x86_64',
    '-semihosting-config', 'enable=on']);
  assert.match(run.out, /the program runs target x86_64; read as target aarch64, as asked/);
  // -semihosting-config exists for aarch64, so the option itself is fine as asked.
  assert.doesNotMatch(run.out, /Option not supported for this target/);
  assert.equal(run.status, 0);
});

test('a QEMU program with its own target and no --target gives no program-name info',
  async () => {
    const run = await runCli(['lint', '--', '/usr/libexec/qemu-kvm', '-m', '1G']);
    assert.doesNotMatch(run.out, /program-name/);
    assert.equal(run.status, 0);
  });

test('lint - - is a usage error: standard input can be read only once', async () => {
  const run = await runCli(['lint', '-', '-'], 'qemu-system-x86_64 -m 1G\n');
  assert.equal(run.status, 2);
  assert.match(run.err, /standard input \(-\) can be read only once/);
});

test('help of an option the target lacks prints QEMU\'s message and exits 1', async () => {
  const run = await runCli(['help', 'semihosting-config']);
  assert.equal(run.status, 1);
  assert.equal(run.out, '');
  assert.equal(run.err,
    'qemu-opts help: -semihosting-config: Option not supported for this target\n');
  const arm = await runCli(['help', '--target', 'aarch64', 'semihosting-config']);
  assert.equal(arm.status, 0);
  assert.match(arm.out, /^semihosting-config options:\n/);
});

test('QEMU 7.2 prints the same words for -semihosting-config on x86_64', { skip:
  existsSync(QEMU) ? false : `${QEMU} is not installed` }, () => {
  const run = spawnSync(QEMU, ['-semihosting-config', 'help'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /-semihosting-config help: Option not supported for this target\n$/);
});

test('a catalog with parameter lists only is refused with a way out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-qmp-only-'));
  try {
    const catalog = join(dir, 'q.json');
    const qmp = join(dir, 'qmp.json');
    writeFileSync(qmp, JSON.stringify({ return: [{ option: 'm', parameters: [
      { name: 'size', type: 'size' }] }] }));
    const made = await runCli(['import-qmp', qmp, '--release', '7.2', '--out', catalog]);
    assert.equal(made.status, 0, made.err);
    assert.match(made.err, /QMP reports parameter lists, not options: .*--onto CATALOG/);
    for (const args of [['lint', '--catalog', catalog, '--', 'qemu-system-x86_64', '-m', '8G'],
      ['help', '--catalog', catalog], ['docs', '--format', 'rst', '--catalog', catalog]]) {
      const run = await runCli(args);
      assert.equal(run.status, 2, args[0]);
      assert.match(run.err, /has no options, only parameter lists; merge it onto a catalog/);
      assert.equal(run.out, '', args[0]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parse names one column as a column', async () => {
  const run = await runCli(['parse', 'blockdev', '{"driver":"file"']);
  assert.match(run.out, /JSON parse error, premature EOI \(column 17\)/);
  const two = await runCli(['parse', 'chardev', 'null,id=c,bogus=1']);
  assert.match(two.out, /Invalid parameter 'bogus' \(columns 11-15\)/);
});
