import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, OptionEntry, Param, ParamList } from '../../src/catalog/types.js';
import { isAvailableIn } from '../../src/catalog/versions.js';
import { REPO_ROOT } from './repo-root.js';

/** The text of the built-in catalog file. */
export const BUILTIN_TEXT = readFileSync(join(REPO_ROOT, 'catalog', 'qemu-options.json'), 'utf8');

/** The built-in catalog. */
export const BUILTIN = JSON.parse(BUILTIN_TEXT) as Catalog;

/** The option entry named `name` (without dash). */
export function option(name: string): OptionEntry {
  const found = BUILTIN.entries.find((e) => e.kind === 'option' && e.name === name);
  if (!found || found.kind !== 'option') throw new Error(`no option -${name} in the catalog`);
  return found;
}

/** The list named `name`. */
export function list(name: string): ParamList {
  const found = BUILTIN.lists[name];
  if (!found) throw new Error(`no list ${name} in the catalog`);
  return found;
}

/** The parameters of `listName` that exist in `release`, in descriptor order. */
export function paramsIn(listName: string, release: string): Param[] {
  return list(listName).params.filter((p) => isAvailableIn(p.versions, release));
}
