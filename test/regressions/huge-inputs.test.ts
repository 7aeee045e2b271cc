import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '../../src/lint/lint-text.js';
import { splitShell } from '../../src/input/shell-splitter.js';
import {
  LINUX_MAX_ARG_STRLEN, MAX_INPUT_LENGTH, MAX_INPUT_WORDS, utf8Length,
} from '../../src/input/input-limits.js';
import { runCli } from '../cli/run-cli.js';

// An outside tester's report: a 100 MB one-word script ended in a V8 abort ("Fatal
// JavaScript invalid size error", exit 133) after 27 s and 3.8 GB; 50 MB took 30 s and
// 3.2 GB, as the shell splitter kept an array slot per character. Inputs beyond the
// documented limits now get one `input-too-large` error (exit 2); below them the memory per
// byte is what `npm run bench` measures.

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

test('a text beyond 16 MiB characters: one input-too-large error where the limit falls', () => {
  const text = 'qemu-system-x86_64 -name guest=' + 'a'.repeat(MAX_INPUT_LENGTH);
  const result = lintText(text);
  assert.deepEqual(codes(result), ['input-too-large']);
  assert.equal(result.diagnostics[0].start.offset, MAX_INPUT_LENGTH);
  assert.equal(result.diagnostics[0].severity, 'error');
});

test('more than a million words: splitting stops at the word beyond, nothing is linted', () => {
  const text = 'a '.repeat(MAX_INPUT_WORDS + 1);
  const split = splitShell(text);
  assert.deepEqual(codes(split), ['input-too-large']);
  assert.equal(split.diagnostics[0].span.start, 2 * MAX_INPUT_WORDS);
  assert.deepEqual(codes(lintText(text)), ['input-too-large']);
  assert.deepEqual(codes(splitShell('a '.repeat(1000))), []);
});

test('the CLI refuses a file beyond the limit: exit 2, one error, nothing linted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-huge-'));
  const file = join(dir, 'h.sh');
  writeFileSync(file, 'qemu-system-x86_64 -name guest=' + 'a'.repeat(MAX_INPUT_LENGTH) + '\n');
  const run = await runCli(['lint', '--format', 'json', file]);
  assert.equal(run.status, 2);
  const found = JSON.parse(run.out) as { code: string; message: string }[];
  assert.deepEqual(found.map((d) => d.code), ['input-too-large']);
  assert.match(found[0].message, /^input of \d+ bytes is longer than the 16777216 bytes/);
  for (const command of ['check-hx', 'import-hx']) {
    const hx = await runCli([command, file]);
    assert.equal(hx.status, 2, command);
    assert.match(hx.err, /\[input-too-large\]\n$/);
  }
});

test('a multi-megabyte word is checked; Linux\'s argument limit is a warning', async () => {
  const text = 'qemu-system-x86_64 -name guest=' + 'a'.repeat(4_000_000) + '\n';
  assert.deepEqual(codes(lintText(text, { host: 'linux' })), ['argument-too-long']);
  assert.deepEqual(codes(lintText(text, { host: 'freebsd' })), []);
  const run = await runCli(['lint', '--host', 'linux', '-'], text);
  assert.equal(run.status, 0);
  assert.match(run.out, /argument of 4000006 bytes: Linux passes at most 131071 bytes/);
});

test('argument-too-long starts at 131071 bytes plus the NUL, counted in UTF-8', () => {
  const word = (bytes: number) => 'x'.repeat(bytes);
  const lint = (w: string) => codes(lintText(`qemu-system-x86_64 -name ${w}\n`,
    { host: 'linux' }));
  assert.deepEqual(lint(word(LINUX_MAX_ARG_STRLEN - 1)), []);
  assert.deepEqual(lint(word(LINUX_MAX_ARG_STRLEN)), ['argument-too-long']);
  const accented = 'é'.repeat(LINUX_MAX_ARG_STRLEN / 2);
  assert.equal(utf8Length(accented), LINUX_MAX_ARG_STRLEN);
  assert.deepEqual(lint(accented), ['argument-too-long']);
  assert.equal(utf8Length('a\u{1F600}é'), 1 + 4 + 2);
});

test('Linux refuses an argument of MAX_ARG_STRLEN bytes and runs one a byte shorter',
  { skip: process.platform === 'linux' ? false : 'not Linux' }, () => {
    const run = (bytes: number) => spawnSync('/bin/true', ['x'.repeat(bytes)]);
    assert.equal(run(LINUX_MAX_ARG_STRLEN - 1).status, 0);
    assert.equal((run(LINUX_MAX_ARG_STRLEN).error as NodeJS.ErrnoException).code, 'E2BIG');
  });
