import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitShell } from '../../src/index.js';
import { runCli } from './run-cli.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

const BUILD_7_2 = ['--qemu-version', '7.2', '--host', 'linux', '--target', 'x86_64'];

/** A script with every fixable mistake QEMU 7.2 has the options for (issue 4 item 6). */
const BROKEN = [
  '\uFEFF#!/bin/sh',
  '# odd   spacing, "quotes" and a trailing blank stay as they are ',
  "LC_ALL=C qemu-system-x86_64 -name 'my vm' \\",
  '  -m 64MB \\',
  '  -chardev file,id=log0,path=serial,out.log \\',
  '  -chardev socket,id=mon0,path=mon.sock,server,nowait \\',
  '  -drive "file=disk.img,format=raw,if=none,readonly"   \\',
  '  -msg timestamp',
  '',
].join('\n');

/** The same script as QEMU wants it: only the edited ranges differ. */
const FIXED = [
  '\uFEFF#!/bin/sh',
  '# odd   spacing, "quotes" and a trailing blank stay as they are ',
  "LC_ALL=C qemu-system-x86_64 -name 'my vm' \\",
  '  -m 64M \\',
  '  -chardev file,id=log0,path=serial,,out.log \\',
  '  -chardev socket,id=mon0,path=mon.sock,server=on,wait=off \\',
  '  -drive "file=disk.img,format=raw,if=none,readonly=on"   \\',
  '  -msg timestamp=on',
  '',
].join('\n');

/** A scratch directory with `files`, removed after `body`. */
async function withFiles(files: Record<string, string>, body: (dir: string) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-fix-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The QEMU options of the one command in `script`. */
function qemuOptions(script: string): string[] {
  const words = splitShell(script.replace(/^\uFEFF/, '')).commands
    .flatMap((c) => c.words.map((w) => w.text));
  return words.slice(words.indexOf('qemu-system-x86_64') + 1);
}

test('lint --fix rewrites exactly the fixable ranges and the result lints clean', async () => {
  await withFiles({ 'start.sh': BROKEN }, async (dir) => {
    const before = await runCli(['lint', ...BUILD_7_2, 'start.sh'], '', dir);
    assert.equal(before.status, 1, before.out);
    const fixed = await runCli(['lint', '--fix', ...BUILD_7_2, 'start.sh'], '', dir);
    assert.equal(readFileSync(join(dir, 'start.sh'), 'utf8'), FIXED);
    assert.equal(fixed.status, 0, fixed.out);
    const after = await runCli(['lint', '--format', 'json', ...BUILD_7_2, 'start.sh'], '', dir);
    const left = JSON.parse(after.out) as { severity: string; fix?: unknown }[];
    assert.deepEqual(left.filter((d) => d.severity !== 'info' || d.fix), []);
  });
});

test('QEMU 7.2 refuses the broken command line and accepts the fixed one', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    writeFileSync(join(sandbox.dir, 'disk.img'), Buffer.alloc(65536));
    const broken = await qemuVerdict(qemuOptions(BROKEN), sandbox);
    assert.equal(broken.outcome, 'error');
    const fixed = await qemuVerdict(qemuOptions(FIXED), sandbox);
    assert.equal(fixed.outcome, 'ok', JSON.stringify(fixed.reports));
    assert.deepEqual(fixed.reports.filter((r) => /deprecated/.test(r.message)), []);
  } finally {
    sandbox.dispose();
  }
});

test('lint --fix replaces -runas with -run-with user= where -runas is deprecated', async () => {
  const script = 'qemu-system-x86_64 -runas qemu -m 1G\n';
  await withFiles({ 'vm.sh': script }, async (dir) => {
    await runCli(['lint', '--fix', '--qemu-version', '9.1', '--host', 'linux', 'vm.sh'], '', dir);
    assert.equal(readFileSync(join(dir, 'vm.sh'), 'utf8'),
      'qemu-system-x86_64 -run-with user=qemu -m 1G\n');
    const after = await runCli(['lint', '--qemu-version', '9.1', '--host', 'linux', 'vm.sh'], '', dir);
    assert.equal(after.status, 0, after.out);
  });
});

test('lint --fix wants files', async () => {
  const run = await runCli(['lint', '--fix', '--', 'qemu-system-x86_64', '-m', '8GB']);
  assert.equal(run.status, 2);
});
