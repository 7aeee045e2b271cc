import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyQcow2, generateDriveCases } from './drive-lines.js';

const cases = generateDriveCases(600);

test('the drive generator gives 600 distinct cases, the same ones on every run', () => {
  assert.equal(cases.length, 600);
  assert.equal(new Set(cases.map((c) => JSON.stringify(c.argv))).size, 600);
  assert.deepEqual(generateDriveCases(600), cases);
});

test('drive cases name no path outside the run directory and only safe drivers', () => {
  for (const { argv } of cases) {
    assert.deepEqual(argv.filter((_, i) => i % 2 === 0), ['-drive']);
    const arg = argv[1];
    assert.ok(!arg.includes('/'), `path in ${arg}`);
    for (const m of arg.matchAll(/(?:^|,)(?:file\.)?(?:driver|format)=([^,]*)/g)) {
      assert.ok(['raw', 'qcow2', 'file', 'null-co'].includes(m[1]), `driver in ${arg}`);
    }
  }
});

test('the drive cases cover every kind of image, split paths and dotted keys', () => {
  const kinds = new Set(cases.map((c) => c.image));
  for (const k of ['raw', 'raw-protocol', 'qcow2', 'split', 'escaped', 'missing', 'null',
    'protocol-node']) {
    assert.ok(kinds.has(k), `no case for ${k}`);
  }
  assert.ok(cases.some((c) => /(^|,)file\.x=/.test(c.argv[1])));
  assert.ok(cases.some((c) => /node-name=1x/.test(c.argv[1])));
  assert.ok(cases.some((c) => /discard=foo/.test(c.argv[1])));
});

test('the qcow2 image has the header QEMU reads: magic, version 3, 64 KiB clusters, 1 MiB', () => {
  const image = emptyQcow2();
  assert.equal(image.toString('latin1', 0, 4), 'QFI\xfb');
  assert.equal(image.readUInt32BE(4), 3);
  assert.equal(image.readUInt32BE(20), 16);
  assert.equal(image.readBigUInt64BE(24), 1n << 20n);
  assert.equal(image.length, 4 * 65536);
});
