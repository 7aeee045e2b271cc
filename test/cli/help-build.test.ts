import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { hxFixture, hxPath } from '../helpers/qemu-hx-files.js';

test('help --catalog 7.2.hx --build debian-7.2-amd64 prints the binary\'s -help body', async () => {
  const io = capturedIo();
  const args = ['help', '--catalog', hxPath('7.2'), '--build', 'debian-7.2-amd64'];
  assert.equal(await main(args, io), 0);
  const binary = execFileSync('/usr/bin/qemu-system-x86_64', ['-help'], { encoding: 'utf8' });
  const body = binary.split(/(?<=\n)/).slice(6).join('');
  assert.ok(io.out.length > 10000);
  assert.equal(body.slice(0, io.out.length), io.out);
  assert.doesNotMatch(body.slice(io.out.length), /^-/m);
});

test('help --build with --target prints that target\'s arch entries', async () => {
  const io = capturedIo();
  const args = ['help', '--catalog', hxFixture('basic.hx'), '--build', 'debian-7.2-amd64'];
  assert.equal(await main([...args, '--target', 'aarch64'], io), 0);
  assert.doesNotMatch(io.out, /Only on PCs/);
  const pc = capturedIo();
  assert.equal(await main(args, pc), 0);
  assert.match(pc.out, /Only on PCs:\n-gamma/);
});

test('help exits 2 for an unknown build profile or a .hx catalog with errors', async () => {
  assert.equal(await main(['help', '--build', 'nope'], capturedIo()), 2);
  const io = capturedIo();
  assert.equal(await main(['help', '--catalog', hxFixture('unbalanced.hx')], io), 2);
  assert.match(io.err, /unbalanced\.hx:9:1: error: expected ERST, found SRST/);
});
