import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

test('--version prints the package version and exits 0', async () => {
  const io = capturedIo();
  assert.equal(await main(['--version'], io), 0);
  assert.equal(io.out, `qemu-opts ${pkg.version}\n`);
});

test('--help prints the usage on stdout and exits 0', async () => {
  const io = capturedIo();
  assert.equal(await main(['--help'], io), 0);
  assert.match(io.out, /^usage: qemu-opts COMMAND/);
  assert.equal(io.err, '');
});

test('an unknown command prints the usage on stderr and exits 2', async () => {
  const io = capturedIo();
  assert.equal(await main(['frobnicate'], io), 2);
  assert.match(io.err, /unknown command 'frobnicate'/);
  assert.match(io.err, /usage: qemu-opts/);
  assert.equal(io.out, '');
});

test('no command at all is a usage error', async () => {
  const io = capturedIo();
  assert.equal(await main([], io), 2);
  assert.match(io.err, /usage: qemu-opts/);
});
