/**
 * Loads the catalog a command was pointed at with `--catalog FILE`: a catalog JSON file, or
 * a `qemu-options.hx` file imported on the fly (its name ends in `.hx`). Without `--catalog`
 * the built-in catalog `catalog/qemu-options.json` of the package is used.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAgainstSchema } from '../../catalog/schema-validators.js';
import type { Catalog } from '../../catalog/types.js';
import { importHx } from '../../import/hx-to-catalog.js';
import { readInput, type CliIo } from '../io.js';

/** The built-in catalog's path: `catalog/qemu-options.json` at the package root. */
function builtinCatalogPath(): string {
  // Both dist/cli.bundle.mjs and dist/src/cli/commands/*.js sit below the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4 && !dir.endsWith('dist'); i++) dir = dirname(dir);
  return join(dirname(dir), 'catalog', 'qemu-options.json');
}

/** A loaded catalog, or the message to print when it could not be loaded. */
export type LoadedCatalog = { catalog: Catalog } | { error: string };

/** Loads `file` (or the built-in catalog when undefined). */
export async function loadCatalogFile(file: string | undefined, io: CliIo): Promise<LoadedCatalog> {
  const path = file ?? builtinCatalogPath();
  let text: string;
  try {
    const bytes = file === undefined ? await readFile(path) : await readInput(path, io);
    text = Buffer.from(bytes).toString('utf8');
  } catch (e) {
    return { error: `cannot read catalog '${path}': ${(e as Error).message}` };
  }
  if (path.endsWith('.hx')) {
    const name = isAbsolute(path) ? path : resolve(io.cwd, path);
    const result = importHx(text, { file: name });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) return { error: `'${path}' has errors; run qemu-opts check-hx on it` };
    return { catalog: result.catalog };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `catalog '${path}' is not JSON: ${(e as Error).message}` };
  }
  const problems = validateAgainstSchema('catalog', data, text);
  if (problems.length > 0) {
    return { error: `catalog '${path}' does not match the schema: ${problems[0].message}` };
  }
  return { catalog: data as Catalog };
}
