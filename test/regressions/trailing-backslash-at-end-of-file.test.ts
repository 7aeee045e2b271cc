import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitShell } from '../../src/input/shell-splitter.js';
import { runCli } from '../cli/run-cli.js';

/**
 * A file ending in `… -m 8G \` with no newline used to give a last word `\`, which the lint
 * then called a disk image. bash drops such a backslash.
 */

const SCRIPT = 'qemu-system-x86_64 -m 8G -name a \\';

test('a backslash at the very end of a file is dropped, as bash does', () => {
  // What bash itself passes to a program for the same text read from a script file.
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-backslash-'));
  const file = join(dir, 'start.sh');
  writeFileSync(file, SCRIPT.replace('qemu-system-x86_64', 'printf "[%s]"'));
  const bash = spawnSync('bash', [file], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const expected = [...bash.stdout.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
  const words = splitShell(SCRIPT).commands[0].words.map((w) => w.text);
  assert.deepEqual(words.slice(1), expected);
  assert.deepEqual(splitShell('qemu-system-x86_64 -name a\\').commands[0].words.at(-1)?.text, 'a');
});

test('lint says nothing about a disk image for a trailing backslash', async () => {
  const run = await runCli(['lint', '--qemu-version', '7.2', '-'], SCRIPT);
  assert.doesNotMatch(run.out, /disk-image-argument/);
  assert.equal(run.status, 0, run.out);
});
