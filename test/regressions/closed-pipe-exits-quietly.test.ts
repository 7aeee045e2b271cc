import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `qemu-opts docs --format rst | head -30` used to end with `Error: write EPIPE … Unhandled
 * 'error' event` and exit 1: a reader that goes away must end the output quietly.
 */

const bin = fileURLToPath(new URL('../../../bin/qemu-opts.mjs', import.meta.url));
const hx = fileURLToPath(new URL('../../../test/fixtures/hx/basic.hx', import.meta.url));

/** Runs `qemu-opts ARGS` with its stdout closed by the reader at once; status and stderr. */
function withReaderGone(args: string[]): Promise<{ status: number | null; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (status) => done({ status, err }));
  });
}

const RUNS = [['docs', '--format', 'rst'], ['import-hx', hx, '--release', '10.2'], ['--help']];
for (const args of RUNS) {
  test(`qemu-opts ${args.join(' ')} with the reader gone ends quietly with status 0`, async () => {
    const run = await withReaderGone(args);
    assert.equal(run.err, '');
    assert.equal(run.status, 0);
  });
}
