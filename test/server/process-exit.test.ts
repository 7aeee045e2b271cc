import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LspClient } from './lsp-client.js';

/**
 * When the language server process ends. LSP: on `exit`, or when the client goes away
 * (stdin ends), with exit code 0 if a `shutdown` request came first and 1 otherwise.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const limit = { timeout: 60_000 };

/** Runs the server with `input` on its stdin, then ends stdin; resolves with the exit code. */
function exitCodeAfter(input: string): Promise<number | null> {
  const child = spawn(process.execPath, [join(root, 'bin', 'qemu-opts-language-server.mjs'),
    '--stdio'], { stdio: ['pipe', 'ignore', 'inherit'] });
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    clearTimeout(killer);
    resolve(code);
  }));
  child.stdin.end(input);
  return exited;
}

/** `body` framed as one LSP message. */
const framed = (body: string): string =>
  `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

test('stdin ending in the middle of a message ends the server with exit code 1', limit,
  async () => {
    assert.equal(await exitCodeAfter('Content-Length: 100\r\n\r\n{"jsonrpc":"2.0"'), 1);
  });

test('stdin ending without a shutdown request ends the server with exit code 1', limit,
  async () => {
    const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} } });
    assert.equal(await exitCodeAfter(framed(initialize)), 1);
  });

test('stdin ending after shutdown ends the server with exit code 0', limit, async () => {
  const client = await LspClient.start({});
  const exited = new Promise<number | null>((r) => client.child.on('exit', (code) => r(code)));
  await client.request('shutdown', null);
  client.child.stdin!.end();
  assert.equal(await exited, 0);
  client.connection.dispose();
});
