import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { validateAgainstSchema } from '../../src/catalog/schema-validators.js';
import { REPO_ROOT } from '../catalog/repo-root.js';
import { qmpReplyPath, qmpSkip } from '../helpers/qmp-data.js';

const fixture = qmpReplyPath('10.0.13');
const skip = qmpSkip();

test('import-qmp prints a valid catalog; the release comes from the file name',
  { skip }, async () => {
  const io = capturedIo();
  assert.equal(await main(['import-qmp', fixture], io), 0);
  const catalog = JSON.parse(io.out);
  assert.deepEqual(validateAgainstSchema('catalog', catalog), []);
  assert.deepEqual(catalog.releases, ['10.0.13']);
  assert.equal(catalog.lists.memory.impliedKey, 'size');
  // Without --onto the catalog has lists only, which a note on stderr says.
  assert.match(io.err, /^qemu-opts import-qmp: note: QMP reports parameter lists, not options/);
});

test('import-qmp --out writes the file, --release overrides', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-qmp-'));
  try {
    const io = capturedIo('', dir);
    const argv = ['import-qmp', fixture, '--out', 'c.json', '--release', '10.0'];
    assert.equal(await main(argv, io), 0);
    assert.equal(io.out, '');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')).releases, ['10.0']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('import-qmp exits 1 for a file that is not a reply, 2 for usage errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-qmp-'));
  try {
    writeFileSync(join(dir, 'bad.json'), '{"option": 1}');
    writeFileSync(join(dir, 'broken.json'), '[{');
    const io = capturedIo('', dir);
    assert.equal(await main(['import-qmp', 'bad.json'], io), 1);
    assert.match(io.err, /\[qmp-format\]/);
    assert.equal(await main(['import-qmp', 'broken.json'], capturedIo('', dir)), 1);
    assert.equal(await main(['import-qmp'], capturedIo('', dir)), 2);
    assert.equal(await main(['import-qmp', 'x.json', '--release', 'ten'], capturedIo('', dir)), 2);
    assert.equal(await main(['import-qmp', 'missing.json'], capturedIo('', dir)), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('import-qmp --onto keeps the options of a catalog; lint then follows the binary',
  { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-qmp-'));
  try {
    const builtin = join(REPO_ROOT, 'catalog', 'qemu-options.json');
    const io = capturedIo('', dir);
    const argv = ['import-qmp', fixture, '--onto', builtin, '--out', 'c.json'];
    assert.equal(await main(argv, io), 0, io.err);
    const catalog = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'));
    assert.deepEqual(validateAgainstSchema('catalog', catalog), []);
    assert.deepEqual(catalog.releases, ['10.0.13']);
    assert.ok(catalog.entries.length > 100);
    assert.equal(catalog.lists.machine.impliedKey, 'type');
    const names = catalog.lists['run-with'].params.map((p: { name: string }) => p.name);
    assert.deepEqual(names, ['async-teardown', 'chroot', 'user']);

    const lint = (arg: string) => {
      const out = capturedIo('', dir);
      const args = ['lint', '--catalog', 'c.json', '--host', 'linux', '--', 'qemu-system-x86_64'];
      return main([...args, '-run-with', arg], out).then((rc) => ({ rc, out: out.out }));
    };
    assert.equal((await lint('user=nobody')).rc, 0);
    const bad = await lint('exit-with-parent=on');
    assert.equal(bad.rc, 1);
    assert.match(bad.out, /Invalid parameter 'exit-with-parent'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
