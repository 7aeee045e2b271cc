import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLED_RELEASES, sourceCache } from '../../scripts/extract-catalog.js';
import {
  extractQapiTypes, QAPI_TYPES_PATH, qapiTypesText,
} from '../../scripts/extract-qapi-types.js';
import { isQapiTypeCatalog } from '../../src/catalog/schema-validators.js';

// The committed catalog/qapi-types.json must be exactly what the extractor makes from the
// QAPI schema in Debian's QEMU sources (skipped locally without them, failing under CI).

const schemaOf = (r: string) => join(sourceCache(), r, 'keep', 'src', 'qapi', 'qapi-schema.json');
const missing = SAMPLED_RELEASES.filter((r) => !existsSync(schemaOf(r)));
const inCi = process.env.CI === 'true';
const skip = missing.length > 0 && !inCi ? `QEMU sources missing: ${missing.join(', ')}` : false;

test('re-running the extraction reproduces catalog/qapi-types.json', { skip }, () => {
  const first = qapiTypesText(extractQapiTypes());
  assert.equal(first, qapiTypesText(extractQapiTypes()), 'the extraction is deterministic');
  assert.equal(first, readFileSync(QAPI_TYPES_PATH, 'utf8'),
    'catalog/qapi-types.json is stale: run node dist/scripts/extract-qapi-types.js');
});

test('catalog/qapi-types.json passes its schema', () => {
  assert.ok(isQapiTypeCatalog(JSON.parse(readFileSync(QAPI_TYPES_PATH, 'utf8'))));
});

test('the extracted facts carry no QAPI doc text (no member or type has prose)', () => {
  const text = readFileSync(QAPI_TYPES_PATH, 'utf8');
  // Every string in the file is a name, a type, a condition or a release: no spaces but
  // the ones inside conditions.
  const strings = [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  assert.deepEqual(strings.filter((s) => / /.test(s) && !/^[A-Za-z0-9_!&|() ]+$/.test(s)), []);
});

test('the facts know what 7.2 and 10.2 read: blockdev drivers, a 10.x-only root', () => {
  const data = extractQapiTypes();
  const versionOf = (name: string, release: string) =>
    data.types[name]?.find((v) => v.releases.includes(release));
  const drivers = versionOf('BlockdevDriver', '7.2')!.values!.map((v) => v.name);
  assert.ok(drivers.includes('null-co') && drivers.includes('qcow2'));
  assert.equal(versionOf('MigrationChannel', '7.2'), undefined);
  assert.ok(versionOf('MigrationChannel', '10.2'));
  const bdo = versionOf('BlockdevOptions', '10.2')!;
  assert.equal(bdo.kind, 'union');
  assert.equal(bdo.discriminator, 'driver');
});
