import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { LspClient } from './lsp-client.js';

/**
 * The language server, driven over stdio by a real LSP client as an editor would drive it.
 * Expected messages, option names and parameter names are QEMU 7.2's own, read from the
 * binary where it is installed (it is in CI).
 */

const QEMU = '/usr/bin/qemu-system-x86_64';
/** Every test ends within a minute, even if the server stops answering. */
const limit = { timeout: 60_000 };
const needsQemu = {
  ...limit,
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
};

/** What QEMU 7.2 prints on stderr for `args` (after `-machine none -S`), first line. */
function qemuError(args: string[]): string {
  const run = spawnSync(QEMU, ['-machine', 'none', '-nodefaults', '-display', 'none', '-S',
    ...args], { encoding: 'utf8', input: '', timeout: 15_000 });
  return run.stderr.split('\n')[0];
}

/** The option names QEMU 7.2's `-help` lists, as `-name` (`--preconfig` too, `-h` is -help). */
function qemuHelpOptions(): string[] {
  const help = spawnSync(QEMU, ['-help'], { encoding: 'utf8' }).stdout;
  return [...help.matchAll(/^--?([a-z0-9_-]+)/gm)].map((m) => m[1] === 'h' ? '-help' : `-${m[1]}`);
}

test('diagnostics: QEMU\'s message, at the word QEMU names', needsQemu, async () => {
  const client = await LspClient.start({ qemuVersion: '7.2', host: 'linux' });
  const text = '#!/bin/sh\nqemu-system-x86_64 -m 1G \\\n  -bogus\n';
  const published = await client.open('file:///vm.sh', text);
  const [error] = published.diagnostics;
  assert.equal(qemuError(['-m', '1G', '-bogus']), 'qemu-system-x86_64: -bogus: invalid option');
  assert.equal(error.message.split('\n')[0], 'invalid option');
  assert.equal(error.severity, 1);
  assert.equal(error.code, 'invalid-option');
  assert.equal(error.source, 'qemu-opts');
  assert.deepEqual(error.range,
    { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } });
  assert.equal(await client.stop(), 0);
});

test('edits are re-checked; closing a document clears its diagnostics', limit, async () => {
  const client = await LspClient.start({ qemuVersion: '7.2' });
  const uri = 'file:///edit.sh';
  assert.equal((await client.open(uri, 'qemu-system-x86_64 -bogus\n')).diagnostics.length, 1);
  const fixed = await client.change(uri, 2, [{
    range: { start: { line: 0, character: 19 }, end: { line: 0, character: 25 } }, text: '-S' }]);
  assert.deepEqual(fixed.diagnostics, []);
  const closed = await client.after(uri, undefined, () => {
    client.published.length = 0;
    return client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });
  assert.deepEqual(closed.diagnostics, []);
  await client.stop();
});

test('the release in the settings decides: -runas is an error only once QEMU removed it',
  limit, async () => {
    const text = 'qemu-system-x86_64 -runas nobody\n';
    const old = await LspClient.start({ qemuVersion: '7.2' });
    const errorsIn = (p: { diagnostics: Array<{ severity: number }> }): number =>
      p.diagnostics.filter((d) => d.severity === 1).length;
    assert.equal(errorsIn(await old.open('file:///a.sh', text)), 0);
    await old.stop();
    const client = await LspClient.start({ qemuVersion: '7.2' });
    await client.open('file:///b.sh', text);
    const after = await client.after('file:///b.sh', 1, () => {
      client.published.length = 0;
      return client.connection.sendNotification('workspace/didChangeConfiguration',
        { settings: { qemuOpts: { qemuVersion: '10.0' } } });
    });
    assert.equal(errorsIn(after), 1);
    await client.stop();
  });

test('bad settings are reported and dropped; documents are still checked', limit, async () => {
  const client = await LspClient.start({ qemuVersion: 'ten', host: 42 });
  const published = await client.open('file:///c.sh', 'qemu-system-x86_64 -bogus\n');
  assert.equal(published.diagnostics.length, 1);
  assert.equal(client.warnings.length, 2);
  assert.match(client.warnings.join('\n'), /qemuVersion 'ten' is not/);
  await client.stop();
});

test('a libvirt .args file is one command across lines', limit, async () => {
  const client = await LspClient.start({ qemuVersion: '7.2' });
  const published = await client.open('file:///guest.args',
    'LC_ALL=C \\\n/usr/bin/qemu-system-x86_64 \\\n-name guest=a \\\n-bogus\n');
  assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line]),
    [['invalid-option', 3]]);
  await client.stop();
});

test('quick fix and fix-all turn what QEMU rejects into what it accepts', needsQemu, async () => {
  const client = await LspClient.start({ qemuVersion: '7.2' });
  const uri = 'file:///fix.sh';
  const text = 'qemu-system-x86_64 -m 8GB -msg timestamp\n';
  await client.open(uri, text);
  assert.match(qemuError(['-m', '8GB']), /-m 8GB: /);
  type Action = { title: string; kind: string; edit: { changes: Record<string, never[]> } };
  const whole = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
  const actions = await client.request<Action[]>('textDocument/codeAction',
    { textDocument: { uri }, range: whole, context: { diagnostics: [] } });
  const fixAll = actions.find((a) => a.kind === 'source.fixAll.qemu-opts');
  assert.ok(fixAll, JSON.stringify(actions));
  assert.ok(actions.filter((a) => a.kind === 'quickfix').length >= 1);
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'sh', 1, text),
    fixAll.edit.changes[uri]);
  assert.equal(after, 'qemu-system-x86_64 -m 8G -msg timestamp=on\n');
  assert.equal(qemuError(['-m', '8G', '-msg', 'timestamp=on']), '');
  const relinted = await client.change(uri, 2, [{ text: after }]);
  assert.deepEqual(relinted.diagnostics, []);
  await client.stop();
});

test('hover on an option shows the synopsis QEMU prints in -help', needsQemu, async () => {
  const client = await LspClient.start({ qemuVersion: '7.2' });
  const uri = 'file:///h.sh';
  await client.open(uri, 'qemu-system-x86_64 -rtc base=utc\n');
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover',
    { textDocument: { uri }, position: { line: 0, character: 21 } });
  const help = spawnSync(QEMU, ['-help'], { encoding: 'utf8' }).stdout;
  const synopsis = help.split('\n').find((l) => l.startsWith('-rtc '))!;
  assert.ok(hover.contents.value.includes(synopsis.trimEnd()), hover.contents.value);
  const key = await client.request<{ contents: { value: string } } | null>('textDocument/hover',
    { textDocument: { uri }, position: { line: 0, character: 25 } });
  assert.match(key!.contents.value, /^`base` \(string\) of `-rtc`/);
  await client.stop();
});

test('option completion offers what QEMU 7.2 -help lists for x86_64, and nothing newer',
  needsQemu, async () => {
    const client = await LspClient.start({ qemuVersion: '7.2', host: 'linux' });
    const uri = 'file:///c.sh';
    await client.open(uri, 'qemu-system-x86_64 -\n');
    const items = await client.request<Array<{ label: string }>>('textDocument/completion',
      { textDocument: { uri }, position: { line: 0, character: 20 } });
    const labels = new Set(items.map((i) => i.label));
    const missing = qemuHelpOptions().filter((name) => !labels.has(name));
    assert.deepEqual(missing, []);
    assert.ok(!labels.has('-run-with'), '-run-with came in 8.1');
    assert.ok(!labels.has('-M') || labels.has('-machine'));
    await client.stop();
  });

test('parameter completion lists what `-OPTION help` lists; values follow =', needsQemu,
  async () => {
    const client = await LspClient.start({ qemuVersion: '7.2' });
    const uri = 'file:///p.sh';
    await client.open(uri, 'qemu-system-x86_64 -rtc clock=host, -msg timestamp=\n');
    const keys = await client.request<Array<{ label: string }>>('textDocument/completion',
      { textDocument: { uri }, position: { line: 0, character: 35 } });
    const listed = spawnSync(QEMU, ['-rtc', 'help'], { encoding: 'utf8' }).stdout;
    const qemuKeys = [...listed.matchAll(/^ {2}([a-z-]+)=/gm)].map((m) => m[1]).sort();
    assert.deepEqual(keys.map((k) => k.label).sort(), qemuKeys);
    const values = await client.request<Array<{ label: string }>>('textDocument/completion',
      { textDocument: { uri }, position: { line: 0, character: 51 } });
    assert.deepEqual(values.map((v) => v.label), ['on', 'off']);
    await client.stop();
  });

test('a malformed request gets InvalidParams; the server stays up', limit, async () => {
  const client = await LspClient.start({});
  await assert.rejects(client.request('textDocument/hover', {}),
    (error: { code: number }) => error.code === -32602);
  const published = await client.open('file:///after.sh', 'qemu-system-x86_64 -bogus\n');
  assert.equal(published.diagnostics.length, 1);
  await assert.rejects(client.request('textDocument/codeAction',
    { textDocument: { uri: 'file:///after.sh' } }),
  (error: { code: number }) => error.code === -32602);
  const actions = await client.request<unknown[]>('textDocument/codeAction', {
    textDocument: { uri: 'file:///after.sh' },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
  assert.ok(Array.isArray(actions), 'a code action request without context is answered');
  await client.stop();
});

test('a long lint of a large document does not hold up hover on it', limit, async () => {
  const client = await LspClient.start({ qemuVersion: '7.2' });
  const uri = 'file:///big.sh';
  const line = 'qemu-system-x86_64 -m 8GB -rtc base=utc -drive file=a,b,readonly\n';
  const text = line.repeat(Math.ceil(4_000_000 / line.length));
  const order: string[] = [];
  const published = client.open(uri, text).then(() => order.push('diagnostics'));
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover',
    { textDocument: { uri }, position: { line: 1000, character: 29 } });
  order.push('hover');
  assert.match(hover.contents.value, /-rtc/);
  await published;
  assert.deepEqual(order, ['hover', 'diagnostics']);
  const shown = client.published.find((p) => p.uri === uri)!.diagnostics;
  assert.equal(shown.length, 1001, 'the default limit, and one more saying so');
  assert.equal(shown[1000].code, 'findings-not-shown');
  await client.stop();
});
