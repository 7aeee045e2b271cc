/**
 * The option body of QEMU's `-help` output (spec 6.2, item 6) generated from a catalog, for
 * one target arch and one build: headings as `text` and a newline (an empty heading is an
 * empty line), arch headings and options only where the target's arch is in their mask,
 * build conditions applied to entries and to single help lines. QEMU's banner and footer
 * are not part of it.
 *
 * @module
 */
import { archesInclude } from '../catalog/arches.js';
import {
  evaluateCondition, parseCondition, type MacroLookup, type Truth,
} from '../catalog/condition.js';
import { existsInRelease } from '../catalog/release-filter.js';
import type { Catalog, Condition } from '../catalog/types.js';
import { QemuOptsUsageError, requireCatalog, requireOptions } from '../api/usage-error.js';

/** For which target and build to print the help. */
export interface HelpTextOptions {
  /** The target's arch name (`I386` for x86_64; see `catalog/arches.ts`). */
  arch: string;
  /** Which build macros are defined (`buildLookup` or `hostLookup` of `catalog/condition`). */
  lookup: MacroLookup;
  /**
   * What to do with text whose condition turns on a macro the lookup does not know:
   * print it (the default: a host profile says nothing of feature macros) or leave it out.
   */
  unknown?: 'print' | 'omit';
  /**
   * For a catalog of several releases (the built-in one): the release to print, leaving
   * out entries whose `versions` say it does not have them.
   */
  release?: string;
}

/** Whether text under `condition` is printed. */
function printed(condition: Condition | undefined, options: HelpTextOptions): boolean {
  if (condition === undefined) return true;
  const node = parseCondition(condition);
  const truth: Truth = 'message' in node ? 'unknown' : evaluateCondition(node, options.lookup);
  return truth === 'unknown' ? options.unknown !== 'omit' : truth;
}

/** The option body of `-help` for the target and build in `options`. */
export function generateHelpText(catalog: Catalog, options: HelpTextOptions): string {
  requireCatalog('generateHelpText', 'catalog', catalog);
  if (options === undefined) {
    throw new QemuOptsUsageError('generateHelpText', 'options', options, 'an object');
  }
  requireOptions('generateHelpText', options);
  let out = '';
  for (const entry of catalog.entries) {
    if (!printed(entry.condition, options)) continue;
    if (options.release && !existsInRelease(entry.versions, options.release)) continue;
    if (entry.kind === 'heading') {
      if (entry.arches && !archesInclude(entry.arches, options.arch)) continue;
      out += `${entry.text}\n`;
      continue;
    }
    if (!archesInclude(entry.arches, options.arch)) continue;
    for (const line of entry.help) {
      if (printed(line.condition, options)) out += line.text;
    }
  }
  return out;
}
