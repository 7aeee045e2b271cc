import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateValueCases } from './option-values.js';

const cases = generateValueCases(800);

test('the value generator gives 800 distinct cases, the same ones on every run', () => {
  assert.equal(cases.length, 800);
  assert.equal(new Set(cases.map((c) => JSON.stringify(c.argv))).size, 800);
  assert.deepEqual(generateValueCases(50), cases.slice(0, 50));
});

test('value cases name no path, no file and no trace listing', () => {
  for (const { argv } of cases) {
    for (const word of argv) {
      // fw_cfg item names are names, not paths: they never reach the file system.
      assert.ok(!word.replace(/(^|,)name=(opt|etc)\//g, '$1').includes('/'), `path in ${word}`);
      assert.ok(!/(^|,)(file|path)=/.test(word), `file in ${word}`);
      assert.ok(!/trace:(help|\?)/.test(word), `trace listing in ${word}`);
    }
  }
});

test('the value cases cover each option, valid and invalid', () => {
  const words = cases.flatMap((c) => c.argv);
  for (const option of ['-d', '-D', '-dfilter', '-smbios', '-boot', '-accel', '-smp', '-fw_cfg',
    '-M']) {
    assert.ok(words.includes(option), `no case for ${option}`);
  }
  for (const sample of ['bogus', 'tb-size=x', 'type=4', 'order=']) {
    assert.ok(words.some((w) => w.includes(sample)), `no ${sample}`);
  }
});
