import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { hxFixture } from '../helpers/qemu-hx-files.js';

/**
 * `qemu-opts import-hx FILE` with no VERSION file beside FILE wrote a catalog with
 * `"releases": []`, which `lint --catalog` then refused (exit 2, "/releases must have at
 * least 1 item(s)"). It now asks for `--release` instead of writing such a catalog, and
 * what it writes with `--release` is a catalog our own tools take.
 */

test('import-hx with no release known exits 2 asking for --release', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-hx-'));
  try {
    writeFileSync(join(dir, 'q.hx'), readFileSync(hxFixture('basic.hx')));
    const io = capturedIo('', dir);
    assert.equal(await main(['import-hx', 'q.hx', '--out', 'c.json'], io), 2);
    assert.match(io.err, /--release X\.Y/);
    assert.equal(existsSync(join(dir, 'c.json')), false);
    const stdin = capturedIo(readFileSync(hxFixture('basic.hx'), 'utf8'), dir);
    assert.equal(await main(['import-hx', '-'], stdin), 2);
    assert.equal(await main(['import-hx', 'q.hx', '--release', 'ten'], capturedIo('', dir)), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the catalog import-hx writes with --release is one lint --catalog accepts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-hx-'));
  try {
    writeFileSync(join(dir, 'q.hx'), readFileSync(hxFixture('basic.hx')));
    const io = capturedIo('', dir);
    assert.equal(await main(['import-hx', 'q.hx', '--release', '10.2', '--out', 'c.json'], io),
      0, io.err);
    const lint = capturedIo('', dir);
    const status = await main(['lint', '--catalog', 'c.json', '--', 'qemu-system-x86_64'], lint);
    assert.notEqual(status, 2, lint.err);
    assert.doesNotMatch(lint.err, /releases/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
