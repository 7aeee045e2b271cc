import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAgainstSchema } from '../../src/catalog/schema-validators.js';
import { runCli } from './run-cli.js';

const BINARY = '/usr/bin/qemu-system-x86_64';
const skip = existsSync(BINARY) ? false : 'qemu-system-x86_64 is not installed';

test('import-binary --out writes build facts that match their schema', {
  skip, timeout: 60_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-facts-'));
  try {
    const run = await runCli(['import-binary', BINARY, '--out', 'f.json'], '', dir);
    assert.equal(run.status, 0, run.err);
    const facts = JSON.parse(readFileSync(join(dir, 'f.json'), 'utf8'));
    assert.deepEqual(validateAgainstSchema('build-facts', facts), []);
    assert.match(facts.qemuVersion, /^7\.2\.\d+$/);
    assert.ok(facts.machines.some((m: { alias?: string }) => m.alias === 'q35'));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('import-binary: a binary that cannot run or is not QEMU exits 2 with a message', async () => {
  const missing = await runCli(['import-binary', '/nonexistent/qemu-system-x86_64']);
  assert.equal(missing.status, 2);
  assert.match(missing.err,
    /^qemu-opts import-binary: cannot run '\/nonexistent\/qemu-system-x86_64'/);
  const other = await runCli(['import-binary', '/bin/true']);
  assert.equal(other.status, 2);
  assert.match(other.err, /exited \(status 0\) before answering/);
});

test('import-binary: usage problems exit 2', async () => {
  assert.equal((await runCli(['import-binary'])).status, 2);
  assert.equal((await runCli(['import-binary', BINARY, '--timeout', 'x'])).status, 2);
  assert.equal((await runCli(['import-binary', '--help'])).status, 0);
});
