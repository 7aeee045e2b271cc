import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../src/index.js';

/**
 * `qemu-opts lint` on one line with 200,000 unknown -name options used to crash with
 * `RangeError: Maximum call stack size exceeded`: findings were gathered with
 * `push(...list)`, which passes every item as a call argument.
 */

const bin = fileURLToPath(new URL('../../../bin/qemu-opts.mjs', import.meta.url));
const COUNT = 200_000;
const keys = Array.from({ length: COUNT }, (_, i) => `k${i}=v`).join(',');
const script = `qemu-system-x86_64 -name ${keys}\n`;

test('lintText reports each of 200,000 unknown parameters on one line', () => {
  const found = lintText(script).diagnostics.filter((d) => d.code === 'invalid-parameter');
  assert.equal(found.length, COUNT);
  assert.equal(found[COUNT - 1].message, `Invalid parameter 'k${COUNT - 1}'`);
});

test('qemu-opts lint on that line exits 1 with the findings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-many-'));
  const file = join(dir, 'w.sh');
  writeFileSync(file, script);
  const run = spawnSync(process.execPath, [bin, 'lint', file],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(run.status, 1, run.stderr.slice(0, 300));
  assert.equal(run.stderr, '');
  assert.match(run.stdout, new RegExp(`Invalid parameter 'k${COUNT - 1}'`));
});
