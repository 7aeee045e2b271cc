import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { hxFixture, hxPath } from '../helpers/qemu-hx-files.js';

test('docs --format rst --catalog FILE.hx prints the Sphinx input', async () => {
  const io = capturedIo();
  assert.equal(await main(['docs', '--format', 'rst', '--catalog', hxFixture('basic.hx')], io), 0);
  assert.ok(io.out.startsWith('First things\n============\n\n``-alpha``\n'));
  assert.match(io.out, /\n\.\. _system\/invocation-qemu-options-omega:\n/);
});

test('docs --standalone adds the docutils prolog', async () => {
  const io = capturedIo();
  const args = ['docs', '--format=rst', '--standalone', '--catalog', hxPath('10.2')];
  assert.equal(await main(args, io), 0);
  assert.ok(io.out.startsWith('.. role:: ref\n'));
});

test('docs exits 2 without --format rst, with a bad catalog, or for unknown options', async () => {
  assert.equal(await main(['docs'], capturedIo()), 2);
  assert.equal(await main(['docs', '--format', 'html'], capturedIo()), 2);
  assert.equal(await main(['docs', '--format', 'rst', '--catalog', '/nope.json'], capturedIo()), 2);
  assert.equal(await main(['docs', '--format', 'rst', '--bogus'], capturedIo()), 2);
});
