import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { lintText } from '../../src/index.js';

/**
 * `printf 'qemu-system-x86_64 -m 8GB\x1b]0;PWNED\x07\x1b[2J\n' > e.sh; qemu-opts lint e.sh`
 * set the terminal's title and cleared its screen: the text output echoed the file's
 * control characters. They are now shown as `\x1b`, with the carets still under the range;
 * JSON keeps the exact text. import-binary's "not QMP" message showed raw bytes as well.
 */

const ESC = '\x1b';
const script = `qemu-system-x86_64 -m 8GB${ESC}]0;PWNED\x07${ESC}[2J\n`;
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

test('lint text output shows control characters and keeps the carets aligned', async () => {
  const io = capturedIo(script);
  assert.equal(await main(['lint', '-'], io), 1);
  assert.doesNotMatch(io.out, RAW_CONTROL);
  const lines = io.out.split('\n');
  const at = lines.findIndex((l) => l.includes('| qemu-system-x86_64 -m 8GB\\x1b]0'));
  assert.ok(at > 0, io.out);
  const shown = lines[at];
  const carets = lines[at + 1];
  // The size range is `8GB<ESC>]0` (the shell ends the word at ';'): 6 characters, 9 shown.
  assert.equal(carets.indexOf('^'), shown.indexOf('8GB'));
  assert.equal(carets.trimEnd().length, shown.indexOf('8GB') + '8GB\\x1b]0'.length);
});

test('lint --format json keeps the exact text of the message', async () => {
  const io = capturedIo(script);
  assert.equal(await main(['lint', '--format', 'json', '-'], io), 1);
  const messages = (JSON.parse(io.out) as { message: string }[]).map((d) => d.message);
  const direct = lintText(script).diagnostics.map((d) => d.message);
  assert.deepEqual(messages, direct);
});

test("import-binary's 'not QMP' message shows the bytes the binary wrote", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-esc-'));
  const binary = join(dir, 'fake-qemu');
  writeFileSync(binary, "#!/bin/sh\nprintf '\\033]0;PWNED\\007\\n'\nexec sleep 30\n");
  chmodSync(binary, 0o755);
  const io = capturedIo('', dir);
  assert.equal(await main(['import-binary', binary, '--timeout', '20'], io), 2);
  assert.match(io.err, /not QMP: \\x1b\]0;PWNED\\x07/);
  assert.doesNotMatch(io.err, RAW_CONTROL);
});
