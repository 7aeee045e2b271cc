import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspClient } from './lsp-client.js';

/**
 * Documents with more findings than an editor can show: the number published is capped (a
 * setting), whole-document work can be cancelled, and `shutdown` never waits for it.
 */

const limit = { timeout: 120_000 };
/** A command with three findings, two of them with a fix. */
const LINE = 'qemu-system-x86_64 -m 8GB -bogus -drive file=a,readonly\n';
const FIX_ALL = { only: ['source.fixAll'], diagnostics: [] };
const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

test('past maxDiagnostics, one information says from where on nothing is shown', limit,
  async () => {
    const client = await LspClient.start({ qemuVersion: '7.2', maxDiagnostics: 5 });
    const published = await client.open('file:///many.sh', LINE.repeat(4));
    const codes = published.diagnostics.map((d) => d.code);
    assert.equal(codes.length, 6, codes.join());
    assert.ok(!codes.slice(0, 5).includes('findings-not-shown'));
    const last = published.diagnostics[5];
    assert.equal(last.code, 'findings-not-shown');
    assert.equal(last.severity, 3);
    assert.match(last.message, /at most 5 findings/);
    // The sixth finding is the second command's third: its short-form `readonly`.
    assert.deepEqual(last.range.start, { line: 1, character: LINE.indexOf('readonly') });
    const few = await client.change('file:///many.sh', 2, [{ text: LINE }]);
    assert.deepEqual(few.diagnostics.map((d) => d.code).includes('findings-not-shown'), false);
    await client.stop();
  });

test('a bad maxDiagnostics is reported and the default applies', limit, async () => {
  const client = await LspClient.start({ maxDiagnostics: 0 });
  const published = await client.open('file:///d.sh', LINE.repeat(400));
  assert.match(client.warnings.join('\n'), /maxDiagnostics 0 is not a positive integer/);
  assert.equal(published.diagnostics.length, 1001);
  assert.equal(published.diagnostics[1000].code, 'findings-not-shown');
  await client.stop();
});

test('$/cancelRequest cancels a fix-all; the server goes on answering', limit, async () => {
  const client = await LspClient.start({ qemuVersion: '7.2' });
  const uri = 'file:///cancel.sh';
  const text = LINE.repeat(Math.ceil(1_000_000 / LINE.length));
  await client.connection.sendNotification('textDocument/didOpen',
    { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
  const source = new CancellationTokenSource();
  const fixAll = client.connection.sendRequest('textDocument/codeAction',
    { textDocument: { uri }, range: ORIGIN, context: FIX_ALL }, source.token);
  setTimeout(() => source.cancel(), 200);
  await assert.rejects(fixAll, (error: { code: number }) => error.code === -32800);
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover',
    { textDocument: { uri }, position: { line: 3, character: 20 } });
  assert.match(hover.contents.value, /-m/);
  await client.stop();
});

test('shutdown is answered while a fix-all of a large document is still running', limit,
  async () => {
    const client = await LspClient.start({ qemuVersion: '7.2' });
    const uri = 'file:///busy.sh';
    const text = LINE.repeat(Math.ceil(1_000_000 / LINE.length));
    await client.connection.sendNotification('textDocument/didOpen',
      { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
    const order: string[] = [];
    const fixAll = client.request('textDocument/codeAction',
      { textDocument: { uri }, range: ORIGIN, context: FIX_ALL })
      .then(() => order.push('fix-all'), () => order.push('fix-all cancelled'));
    await new Promise((r) => setTimeout(r, 200));
    const exited = new Promise<number | null>((r) => client.child.on('exit', (code) => r(code)));
    await client.request('shutdown', null);
    order.push('shutdown');
    await fixAll;
    // The fix-all never finished: shutdown stopped it (either reply may come first).
    assert.deepEqual(order.sort(), ['fix-all cancelled', 'shutdown']);
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 0);
    client.connection.dispose();
  });
