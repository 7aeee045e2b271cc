// Makes the built-in build facts, catalog/build-facts/debian-7.2-x86_64.json, from Debian's
// QEMU 7.2 binary (package qemu-system-x86): `node dist/scripts/import-builtin-facts.js
// [BINARY]` after a build. The binary is asked over QMP (src/node/import-binary.ts); the
// values of the enum property types come from 7.2's QAPI schema in the source cache
// (QEMU_SRC_CACHE/7.2/keep/src/qapi/*.json), as QMP does not name them. Only names, types
// and enum values are written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildFacts } from '../src/catalog/build-facts.js';
import { importBinaryFacts } from '../src/node/import-binary.js';
import { REPO_ROOT, sourceCache } from './extract-catalog.js';

/** Where the built-in facts live. */
export const BUILTIN_FACTS_FILE = join(REPO_ROOT, 'catalog', 'build-facts',
  'debian-7.2-x86_64.json');

/** Debian's binary, as CI installs it. */
export const DEBIAN_BINARY = '/usr/bin/qemu-system-x86_64';

/** Property type names that QEMU's property code calls differently from the QAPI enum. */
const QAPI_NAME: Record<string, string> = { FdcDriveType: 'FloppyDriveType' };

/** The values of every QAPI enum in `dir` (conditional values included), by name. */
export function qapiEnums(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\s*#.*$/gm, '');
    for (const m of text.matchAll(/\{\s*'enum':\s*'(\w+)'[^]*?'data':\s*\[([^\]]*)\]/g)) {
      const values = [...m[2].matchAll(/(?:'name':\s*)?'([\w.-]+)'/g)]
        .map((v) => v[1]).filter((v) => v !== 'name' && v !== 'if');
      out.set(m[1], values.filter((v) => !/^CONFIG_|^defined\(/.test(v)));
    }
  }
  return out;
}

/** The facts of `binary` with the enum values of the property types it uses. */
export async function builtinFacts(binary = DEBIAN_BINARY): Promise<BuildFacts> {
  const facts = await importBinaryFacts(binary);
  const enums = qapiEnums(join(sourceCache(), '7.2', 'keep', 'src', 'qapi'));
  const used = new Set(Object.values(facts.types)
    .flatMap((t) => Object.values(t.properties ?? {})));
  for (const type of [...used].sort()) {
    const values = enums.get(QAPI_NAME[type] ?? type);
    if (values) facts.enums[type] = values;
  }
  return facts;
}

/** The JSON text the facts are written as. */
export function factsText(facts: BuildFacts): string {
  return `${JSON.stringify(facts, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const binary = process.argv[2] ?? DEBIAN_BINARY;
  if (!existsSync(binary)) throw new Error(`${binary} is not installed`);
  writeFileSync(BUILTIN_FACTS_FILE, factsText(await builtinFacts(binary)));
}
