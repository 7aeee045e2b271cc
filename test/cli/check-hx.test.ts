import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { hxFixture, hxPath } from '../helpers/qemu-hx-files.js';

test('check-hx prints file:line:col findings; warnings alone exit 0', async () => {
  const io = capturedIo();
  const file = hxFixture('check.hx');
  assert.equal(await main(['check-hx', file], io), 0);
  assert.ok(io.out.startsWith(`${file}:5:31: warning: synopsis lists 'c=' without the comma`));
  assert.ok(io.out.includes(`${file}:30:1: warning: option '-nodoc' has no SRST/ERST doc block`));
});

test('check-hx exits 1 when a file has errors', async () => {
  const io = capturedIo();
  assert.equal(await main(['check-hx', hxFixture('unbalanced.hx')], io), 1);
  assert.match(io.out, /:9:1: error: expected ERST, found SRST \[hx-unbalanced-rst\]/);
});

test('check-hx on the 10.0 file names the -run-with synopsis', async () => {
  const io = capturedIo();
  await main(['check-hx', hxPath('10.0')], io);
  assert.match(io.out, /warning: synopsis lists 'user=' without the comma/);
});

test('check-hx exits 2 for usage and unreadable files', async () => {
  assert.equal(await main(['check-hx'], capturedIo()), 2);
  assert.equal(await main(['check-hx', '--nope'], capturedIo()), 2);
  assert.equal(await main(['check-hx', '/nonexistent.hx'], capturedIo()), 2);
});
