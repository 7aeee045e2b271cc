import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { hxFixture } from '../helpers/qemu-hx-files.js';

test('import-hx prints the catalog as JSON and exits 0 for a clean file', async () => {
  const io = capturedIo();
  assert.equal(await main(['import-hx', hxFixture('basic.hx'), '--release', '10.2'], io), 0);
  const catalog = JSON.parse(io.out);
  assert.equal(catalog.format, 1);
  assert.equal(catalog.source.textBy, 'qemu');
  assert.equal(catalog.entries[1].name, 'alpha');
  assert.equal(io.err, '');
});

test('import-hx --out writes the file; the release comes from a VERSION file beside it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-hx-'));
  try {
    writeFileSync(join(dir, 'qemu-options.hx'), readFileSync(hxFixture('basic.hx')));
    writeFileSync(join(dir, 'VERSION'), '9.1.50\n');
    const io = capturedIo('', dir);
    assert.equal(await main(['import-hx', 'qemu-options.hx', '--out', 'c.json'], io), 0);
    assert.equal(io.out, '');
    const catalog = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'));
    assert.deepEqual(catalog.releases, ['9.1.50']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('import-hx exits 1 and reports file:line:col when the file has errors', async () => {
  const io = capturedIo();
  const file = hxFixture('unbalanced.hx');
  assert.equal(await main(['import-hx', file, '--release', '10.2'], io), 1);
  assert.ok(io.err.includes(`${file}:9:1: error: expected ERST, found SRST [hx-unbalanced-rst]`));
  assert.ok(JSON.parse(io.out).entries.length > 0);
});

test('import-hx reads standard input for -', async () => {
  const io = capturedIo('DEFHEADING(A:)\nDEF("a", 0, E, "-a\\n", QEMU_ARCH_ALL)\n');
  assert.equal(await main(['import-hx', '-', '--release', '10.2'], io), 0);
  assert.equal(JSON.parse(io.out).entries[1].name, 'a');
});

test('import-hx exits 2 for a missing file and for bad usage', async () => {
  const io = capturedIo();
  assert.equal(await main(['import-hx', '/nonexistent/qemu-options.hx'], io), 2);
  assert.match(io.err, /cannot read/);
  assert.equal(await main(['import-hx'], capturedIo()), 2);
  assert.equal(await main(['import-hx', 'a', '--bogus'], capturedIo()), 2);
  assert.equal(await main(['import-hx', 'a', '--out'], capturedIo()), 2);
});
