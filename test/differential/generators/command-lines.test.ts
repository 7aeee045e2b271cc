import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCases } from './command-lines.js';

const cases = generateCases(2000);

test('the generator gives 2,000 distinct cases, the same ones on every run', () => {
  assert.equal(cases.length, 2000);
  assert.equal(new Set(cases.map((c) => JSON.stringify(c.argv))).size, 2000);
  assert.deepEqual(generateCases(50), cases.slice(0, 50));
});

test('generated cases name no file outside the run directory and open no sockets', () => {
  for (const { argv } of cases) {
    for (const word of argv) {
      // The only slashes allowed are in fw_cfg item names (opt/…, etc/…), which are no paths.
      assert.ok(!word.replace(/(opt|etc)\//g, '').includes('/'), `path in ${word}`);
      const backend = /(^|,)(backend=)?(socket|udp|tcp|pty|serial|parallel|tty|stdio)(,|$)/;
      assert.ok(!backend.test(word) && !/hostfwd|tcp:|udp:/.test(word), `network in ${word}`);
    }
  }
});

test('the cases cover every family, valid and invalid', () => {
  const families = new Set(cases.map((c) => c.family));
  for (const f of ['-msg', '-name', '-m', '-rtc', '-overcommit', '-action', '-fw_cfg',
    '-option-rom', '-icount', '-add-fd', '-chardev', '-mon', '-sandbox', '-global', '-smp',
    '-boot', '-machine', 'invalid-option', 'missing-argument', 'duplicate-id',
    'references', 'command-line']) {
    assert.ok(families.has(f), `no case for ${f}`);
  }
});
