import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitShell } from '../../src/input/shell-splitter.js';
import { lintText } from '../../src/index.js';
import { runCli } from '../cli/run-cli.js';

/**
 * `printf 'qemu-system-x86_64 -m 8G\r\n' > c.sh` linted clean, yet `sh c.sh` hands QEMU
 * `8G\r`, which QEMU 7.2 refuses ("-m 8G\r: Parameter 'size' expects a non-negative number
 * below 2^64"). We also read backslash CR LF as a line continuation, which sh does not: it
 * escapes the CR. The splitter now reads CRs as sh does, checked here against real shells,
 * and lint says once per file that the script has CR LF line endings.
 */

const SCRIPTS = [
  'qemu-system-x86_64 -m 8G\r\n',
  'qemu-system-x86_64 -m 8G \\\r\n -nographic\r\n',
  'cat <<EOF >/dev/null\r\nEOF\r\nqemu-system-x86_64 -m 1G\r\nEOF\r\n',
  'qemu-system-x86_64 -name "a\r\nb" -m 1\r\n',
];

/** The argv (after the program word) of every qemu-system-x86_64 run by `shell` on `text`. */
function runByShell(shell: string, text: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-crlf-'));
  try {
    const stub = join(dir, 'qemu-system-x86_64');
    // Each run prints its arguments as one JSON line; nothing else is run.
    writeFileSync(stub,
      '#!/usr/bin/env node\nconsole.log(JSON.stringify(process.argv.slice(2)))\n');
    chmodSync(stub, 0o755);
    writeFileSync(join(dir, 's.sh'), text);
    const run = spawnSync(shell, ['s.sh'], { cwd: dir, encoding: 'utf8',
      env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
    return run.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as string[]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The argv (after the program word) of every qemu-system-x86_64 command we read in `text`. */
function readByUs(text: string): string[][] {
  return splitShell(text).commands
    .filter((c) => c.words[0]?.text === 'qemu-system-x86_64')
    .map((c) => c.words.slice(1).map((w) => w.text));
}

for (const shell of ['sh', 'bash']) {
  for (const text of SCRIPTS) {
    test(`${shell} and qemu-opts agree on the words of ${JSON.stringify(text)}`, () => {
      assert.deepEqual(readByUs(text), runByShell(shell, text));
    });
  }
}

test('lint warns once per CRLF script and reports the 8G<CR> QEMU refuses', () => {
  const found = lintText('qemu-system-x86_64 -m 8G\r\nqemu-system-x86_64 -m 9G\r\n').diagnostics;
  assert.equal(found.filter((d) => d.code === 'crlf-line-ending').length, 1);
  assert.equal(found.filter((d) => d.code === 'invalid-size').length, 2);
  assert.deepEqual(lintText('qemu-system-x86_64 -m 8G\n').diagnostics, []);
});

test('a libvirt .args file: CR LF only separates words, as LF does', () => {
  const found = lintText('qemu-system-x86_64 \\\r\n-m 8G\r\n', { mode: 'args' }).diagnostics;
  assert.deepEqual(found, []);
});

test('lint --fix keeps CR LF line endings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-crlf-fix-'));
  try {
    const before = 'qemu-system-x86_64 -m 8GB -name x\r\nqemu-system-x86_64 -m 8GB\r\n';
    writeFileSync(join(dir, 'a.sh'), before);
    await runCli(['lint', '--fix', '--qemu-version', '7.2', 'a.sh'], '', dir);
    const fixed = readFileSync(join(dir, 'a.sh'), 'utf8');
    assert.match(fixed, /^qemu-system-x86_64 -m 8G -name x\r\n/);
    assert.equal(fixed.split('\r\n').length, before.split('\r\n').length);
    assert.doesNotMatch(fixed, /[^\r]\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
