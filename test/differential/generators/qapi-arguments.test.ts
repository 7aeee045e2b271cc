import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateQapiCases } from './qapi-arguments.js';

const cases = generateQapiCases(1200);

test('the QAPI generator gives 1,200 distinct cases, the same ones on every run', () => {
  assert.equal(cases.length, 1200);
  assert.equal(new Set(cases.map((c) => JSON.stringify(c.argv))).size, 1200);
  assert.deepEqual(generateQapiCases(1200), cases);
});

test('QAPI cases name no path outside the run directory, no socket and no device', () => {
  for (const { argv } of cases) {
    for (const word of argv) {
      assert.ok(!word.includes('/'), `path in ${word}`);
      assert.ok(!/hostfwd|guestfwd|smb|socket|stream|dgram|tap|rng-|tls-creds|filename/
        .test(word), `host resource in ${word}`);
    }
  }
});

test('the QAPI cases cover every option in both forms', () => {
  const families = new Set(cases.map((c) => c.family));
  for (const f of ['-blockdev/keyval', '-blockdev/json', '-object/json', '-object/keyval',
    '-netdev/json', '-netdev/keyval',
    '-audiodev/keyval', '-audiodev/json', '-compat/keyval', '-compat/json', '-display/keyval',
    '-display/json', 'command-line']) {
    assert.ok(families.has(f), `no case for ${f}`);
  }
});
