import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { sourceCache } from '../../scripts/extract-catalog.js';
import {
  BUILTIN_FACTS_FILE,
  DEBIAN_BINARY,
  builtinFacts,
  factsText,
} from '../../scripts/import-builtin-facts.js';
import { validateAgainstSchema } from '../../src/catalog/schema-validators.js';

// The committed built-in build facts must be what scripts/import-builtin-facts.ts makes from
// Debian's QEMU 7.2 binary today. CI installs that binary and the sources; locally the test
// is skipped without them.

const version = existsSync(DEBIAN_BINARY)
  ? execFileSync(DEBIAN_BINARY, ['-version'], { encoding: 'utf8' }) : '';
const ready = /version 7\.2\./.test(version) &&
  existsSync(join(sourceCache(), '7.2', 'keep', 'src', 'qapi'));
const inCi = process.env.CI === 'true';

test('QEMU 7.2 and its sources are present in CI', { skip: !inCi }, () => {
  assert.ok(ready, 'install qemu-system-x86 7.2 and run scripts/fetch-qemu-sources.sh');
});

test('the committed facts match its schema', () => {
  const text = readFileSync(BUILTIN_FACTS_FILE, 'utf8');
  assert.deepEqual(validateAgainstSchema('build-facts', JSON.parse(text), text), []);
});

test('re-importing QEMU 7.2 reproduces the committed built-in facts', {
  skip: ready || inCi ? false : 'QEMU 7.2 binary or sources missing',
  timeout: 120_000,
}, async () => {
  const committed = readFileSync(BUILTIN_FACTS_FILE, 'utf8');
  const fresh = factsText(await builtinFacts());
  assert.equal(fresh, committed, `${BUILTIN_FACTS_FILE} is stale: run the import script`);
});
