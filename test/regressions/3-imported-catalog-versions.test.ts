import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { nearestKnownRelease } from '../../src/catalog/versions.js';
import { hxPath } from '../helpers/qemu-hx-files.js';

/**
 * A catalog imported from QEMU 7.2's qemu-options.hx knows release '7.2.22' (its VERSION).
 * Checking against that very release is no approximation; and since such a catalog has no
 * parameter lists, the run says once that arguments are not checked (`-m 8GB`, which QEMU
 * 7.2 rejects with "Parameter 'size' expects a non-negative number below 2^64", passes).
 */

test('a patch-level release in the catalog is the release itself, not the nearest', () => {
  assert.deepEqual(nearestKnownRelease(['7.2.22'], '7.2.22'), { release: '7.2', exact: true });
  assert.deepEqual(nearestKnownRelease(['7.2.22'], '7.2'), { release: '7.2', exact: true });
  assert.equal(nearestKnownRelease(['7.2.22'], '8.0').exact, false);
  assert.equal(nearestKnownRelease(['7.2', '10.2'], '10.2.1').exact, true);
});

test('lint --catalog 7.2.hx: no version note, one note that parameters are unchecked', async () => {
  const io = capturedIo();
  const code = await main(
    ['lint', '--format', 'json', '--catalog', hxPath('7.2'), '--', 'qemu-system-x86_64',
      '-m', '8GB', '-smp', 'x'],
    io,
  );
  assert.equal(code, 0);
  const codes = (JSON.parse(io.out) as { code: string }[]).map((d) => d.code);
  assert.deepEqual(codes, ['parameters-unchecked']);
});

test('lint with the built-in catalog still flags -m 8GB and has no such note', async () => {
  const io = capturedIo();
  assert.equal(await main(['lint', '--', 'qemu-system-x86_64', '-m', '8GB'], io), 1);
  assert.doesNotMatch(io.out, /parameters-unchecked/);
  assert.match(io.out, /invalid-size/);
});

test('help --catalog 7.2.hx says nothing about an unknown release', async () => {
  const io = capturedIo();
  assert.equal(await main(['help', '--catalog', hxPath('7.2'), 'm'], io), 0);
  assert.doesNotMatch(io.err, /does not know/);
});
