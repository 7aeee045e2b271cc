// Extracts the built-in catalog's facts from Debian's QEMU sources and writes
// catalog/qemu-options.json. Run after a build: `node dist/scripts/extract-catalog.js`.
//
// Reads QEMU_SRC_CACHE (default <repo>/.cache/qemu-src)/{7.2,10.0,10.2}/keep/: qemu-options.hx
// (options, headings, arch masks, conditions, synopses), src/**/*.c (the QemuOpts lists the
// system emulator registers), deprecated.rst and removed-features.rst (QEMU's records).
// Adds catalog/extract/facts.json (facts the sources do not state in a readable way, from the spec)
// and catalog/extract/text.json (help and doc text in our own words). Only facts are written: no
// QEMU help or doc prose reaches the catalog.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  composeCatalog,
  type HandFacts,
  type OwnText,
  type ReleaseFacts,
} from './extract/compose.js';
import { importHx } from '../src/import/hx-to-catalog.js';
import { qapiMemberSince } from './extract/qapi-since.js';
import { readOptionRecords } from './extract/rst-records.js';
import { extractSystemLists } from './extract/system-lists.js';
import type { Catalog } from '../src/catalog/types.js';

/** The repository root (this file runs from dist/scripts/). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Debian source releases the catalog is built from, oldest first. */
export const SAMPLED_RELEASES = ['7.2', '10.0', '10.2'];

/** QAPI structs whose member docs give "since" facts: [file in qapi/, struct]. */
const QAPI_STRUCTS: [string, string][] = [
  ['machine.json', 'SMPConfiguration'],
  ['machine.json', 'BootConfiguration'],
];

/** Where the fetched QEMU sources are. */
export function sourceCache(): string {
  return process.env.QEMU_SRC_CACHE ?? join(REPO_ROOT, '.cache', 'qemu-src');
}

/** The entries of a qemu-options.hx file, read by the project's importer. */
function readHx(path: string) {
  const { catalog, diagnostics } = importHx(readFileSync(path, 'utf8'), { file: path });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${path}: ${errors[0].message}`);
  return catalog.entries;
}

/** The facts of one sampled release. */
export function readRelease(release: string, cache = sourceCache()): ReleaseFacts {
  const keep = join(cache, release, 'keep');
  return {
    release,
    entries: readHx(join(keep, 'qemu-options.hx')),
    lists: extractSystemLists(join(keep, 'src')),
    qapiSince: new Map(
      QAPI_STRUCTS.map(([file, struct]) => [
        struct,
        qapiMemberSince(readFileSync(join(keep, 'src', 'qapi', file), 'utf8'), struct),
      ]),
    ),
  };
}

/** The built-in catalog as the sources and our facts and text make it. */
export function extractCatalog(cache = sourceCache()): Catalog {
  const samples = SAMPLED_RELEASES.map((r) => readRelease(r, cache));
  const records = new Map();
  for (const r of SAMPLED_RELEASES) {
    for (const f of ['deprecated.rst', 'removed-features.rst']) {
      readOptionRecords(readFileSync(join(cache, r, 'keep', f), 'utf8'), records);
    }
  }
  const read = (f: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'catalog', f), 'utf8'));
  const facts = withCuratedFacts(read('extract/facts.json') as HandFacts);
  const catalog = composeCatalog(samples, facts, records, read('extract/text.json') as OwnText);
  return { $schema: '../schemas/catalog.schema.json', ...catalog };
}

/**
 * `facts` with the hand-curated parameter facts of `catalog/facts/*.json` merged in: files
 * shaped like the `lists` part of facts.json (`{lists: {LIST: {paramFacts: {PARAM: {...}}}}}`),
 * e.g. the value sets QEMU checks (values.json). A curated field adds to or overrides facts.json.
 */
export function withCuratedFacts(facts: HandFacts, dir = join(REPO_ROOT, 'catalog', 'facts')): HandFacts {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const curated = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Pick<HandFacts, 'lists'>;
    for (const [list, extra] of Object.entries(curated.lists ?? {})) {
      const keyval = facts.keyvalLists[list];
      if (keyval) {
        // keyval lists are written whole in facts.json: merge into their params directly.
        for (const param of keyval.params) Object.assign(param, extra.paramFacts?.[param.name]);
        continue;
      }
      const hand = (facts.lists[list] ??= {});
      for (const [param, more] of Object.entries(extra.paramFacts ?? {})) {
        hand.paramFacts ??= {};
        hand.paramFacts[param] = { ...hand.paramFacts[param], ...more };
      }
    }
  }
  return facts;
}

/** The catalog as written to disk. */
export function catalogText(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? join(REPO_ROOT, 'catalog', 'qemu-options.json');
  writeFileSync(out, catalogText(extractCatalog()));
}
