import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDeviceCases } from './device-lines.js';

const cases = generateDeviceCases(1200);

test('the device generator gives 1,200 distinct cases, the same ones on every run', () => {
  assert.equal(cases.length, 1200);
  assert.equal(new Set(cases.map((c) => JSON.stringify(c.argv))).size, 1200);
  assert.deepEqual(generateDeviceCases(50), cases.slice(0, 50));
});

test('device cases set no file, path, backend or host property', () => {
  const names = ['file', 'romfile', 'sdrfile', 'frudatafile', 'path', 'chardev', 'netdev',
    'drive', 'memdev', 'tpmdev', 'host_ip', 'kernel', 'initrd', 'firmware', 'dtb', 'dumpdtb'];
  const unsafe = new RegExp(`(^|[,{"])(${names.join('|')})["=]`);
  for (const { argv } of cases) {
    for (const word of argv) {
      assert.ok(!word.includes('/'), `path in ${word}`);
      assert.ok(!unsafe.test(word), `unsafe property in ${word}`);
    }
  }
});

test('the device cases cover each option, valid and invalid', () => {
  const families = new Set(cases.map((c) => c.family));
  for (const f of ['-device', '-machine', '-cpu', '-global', 'command-line']) {
    assert.ok(families.has(f), `no case for ${f}`);
  }
  const words = cases.flatMap((c) => c.argv);
  for (const sample of ['help', 'pc-dimm,help', 'q35']) {
    assert.ok(words.some((w) => w === sample || w.startsWith(`${sample},`)), `no ${sample}`);
  }
  assert.ok(words.some((w) => w.startsWith('{"driver"')), 'no JSON -device');
});
