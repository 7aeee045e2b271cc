// Extracts catalog/qapi-types.json: the QAPI types QEMU reads option arguments with, per
// sampled release, from QEMU_SRC_CACHE/<release>/keep/src/qapi/qapi-schema.json and what it
// includes. Run after a build: `node dist/scripts/extract-qapi-types.js`. Only facts are
// written (names, types, optionality, enum values, conditions, deprecation): no doc text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, SAMPLED_RELEASES, sourceCache } from './extract-catalog.js';
import { readQapiDefinitions } from './extract/qapi-definitions.js';
import { reachableFacts, type QapiTypeFacts } from './extract/qapi-facts.js';
import type { QapiTypeCatalog, QapiTypeVersion } from '../src/catalog/qapi-types.js';

/** Option name -> the QAPI type QEMU's visitor reads its argument as. */
export const QAPI_ROOTS: Record<string, string> = {
  audio: 'Audiodev',
  audiodev: 'Audiodev',
  blockdev: 'BlockdevOptions',
  compat: 'CompatPolicy',
  display: 'DisplayOptions',
  incoming: 'MigrationChannel',
  netdev: 'Netdev',
  object: 'ObjectOptions',
};

/** Where the committed file is. */
export const QAPI_TYPES_PATH = join(REPO_ROOT, 'catalog', 'qapi-types.json');

/** The type catalog the sources of the sampled releases make. */
export function extractQapiTypes(cache = sourceCache()): QapiTypeCatalog {
  const types: Record<string, QapiTypeVersion[]> = {};
  const roots = [...new Set(Object.values(QAPI_ROOTS))];
  for (const release of SAMPLED_RELEASES) {
    const schema = join(cache, release, 'keep', 'src', 'qapi', 'qapi-schema.json');
    for (const [name, facts] of reachableFacts(readQapiDefinitions(schema), roots)) {
      addVersion((types[name] ??= []), release, facts);
    }
  }
  const sorted = Object.fromEntries(Object.entries(types).sort(([a], [b]) =>
    (a < b ? -1 : a > b ? 1 : 0)));
  return { $schema: '../schemas/qapi-types.schema.json', releases: SAMPLED_RELEASES,
    roots: QAPI_ROOTS, types: sorted };
}

/** Adds `release` to the version equal to `facts`, or a new version. */
function addVersion(versions: QapiTypeVersion[], release: string, facts: QapiTypeFacts) {
  const text = JSON.stringify(facts);
  const same = versions.find(({ releases, ...rest }) => JSON.stringify(rest) === text);
  if (same) same.releases.push(release);
  else versions.push({ releases: [release], ...facts });
}

/** The file text: one JSON document, one-space indent, final newline. */
export function qapiTypesText(data: QapiTypeCatalog): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(QAPI_TYPES_PATH, qapiTypesText(extractQapiTypes()));
}
