/**
 * RST docs from a catalog, as QEMU's `hxtool-doc` Sphinx directive builds them from
 * `qemu-options.hx` (spec 5.5): one section per non-empty heading (one trailing `:` removed
 * from its title), the rST blocks of the headings and options that follow it verbatim, and
 * before a block written `SRST(label)` an empty line and the target
 * `.. _«docname»-«hxbase»-«label»:`. Conditions and arch masks do not matter: the docs show
 * every entry.
 *
 * The directive parses each section's text on its own and makes the section node itself, so
 * a section title here is written as an rST title (text and underline) with an empty line
 * before it; that gives the same tree.
 *
 * `standalone` output is meant for plain docutils, which lacks what Sphinx's QEMU
 * configuration adds: it starts with a prolog that declares each Sphinx-only role used
 * (`:ref:` …) as a plain custom role with the `role` directive, so its text is kept as
 * inline text, and defines the substitutions QEMU's Sphinx configuration provides
 * (`|qemu_system|` …) in our own words. The one change to the body: an `include` directive,
 * whose path Sphinx resolves in QEMU's docs tree (`../qemu-option-trace.rst.inc`), becomes
 * a comment naming the file, since that tree is not at hand.
 *
 * @module
 */
import { existsInRelease } from '../catalog/release-filter.js';
import type { Catalog } from '../catalog/types.js';
import { requireCatalog, requireOptions } from '../api/usage-error.js';

/** How to write the docs. */
export interface RstDocsOptions {
  /** The Sphinx document name the directive is used in; QEMU's is `system/invocation`. */
  docName?: string;
  /** The `.hx` file's base name, without `.hx`. */
  hxBase?: string;
  /** The character section titles are underlined with. */
  underline?: string;
  /** Add the prolog that makes the output parse in plain docutils (see the module doc). */
  standalone?: boolean;
  /**
   * For a catalog of several releases (the built-in one): the release to document, leaving
   * out entries whose `versions` say it does not have them.
   */
  release?: string;
}

/** The docs, and the problems QEMU's directive would stop on. */
export interface RstDocs {
  /** The rST text. */
  text: string;
  /** Problems, in hxtool's words (e.g. rST before the first heading). */
  problems: string[];
}

/** Roles that Sphinx has and docutils lacks, as used in QEMU's docs. */
const SPHINX_ROLES = ['ref', 'doc', 'option', 'program', 'command', 'file', 'envvar', 'term'];

/** Substitutions QEMU's Sphinx configuration defines, with our own replacement text. */
const SUBSTITUTIONS: Record<string, string> = {
  qemu_system: 'qemu-system-x86_64',
  qemu_system_x86: 'qemu-system-x86_64',
  CONFDIR: '/etc/qemu',
};

/** An `include` directive line. */
const INCLUDE = /^([ \t]*)\.\. include:: *(.*)$/gm;

/** Generates the docs of `catalog`. */
export function generateRstDocs(catalog: Catalog, options: RstDocsOptions = {}): RstDocs {
  requireCatalog('generateRstDocs', 'catalog', catalog);
  requireOptions('generateRstDocs', options);
  const docName = options.docName ?? 'system/invocation';
  const hxBase = options.hxBase ?? 'qemu-options';
  const underline = options.underline ?? '=';
  const problems: string[] = [];
  let text = '';
  let sections = 0;
  const hasHeadings = catalog.entries.some((e) => e.kind === 'heading' && e.text !== '');

  for (const entry of catalog.entries) {
    if (options.release && !existsInRelease(entry.versions, options.release)) continue;
    if (entry.kind === 'heading' && entry.text !== '') {
      const title = entry.text.replace(/:$/, '');
      const rule = underline.repeat(Math.max(title.length, 1));
      text += `${text === '' ? '' : '\n'}${title}\n${rule}\n\n`;
      sections++;
    }
    if (entry.doc === undefined) continue;
    if (hasHeadings && sections === 0 && problems.length === 0) {
      problems.push('first DEFHEADING must precede all rST text');
    }
    if (entry.docLabel !== undefined) text += `\n.. _${docName}-${hxBase}-${entry.docLabel}:\n`;
    text += entry.doc;
  }
  if (options.standalone) {
    text = text.replace(INCLUDE, '$1.. qemu-opts: Sphinx includes $2 here');
    text = prolog(text) + text;
  }
  return { text, problems };
}

/** Role declarations and substitution definitions for what `body` uses. */
function prolog(body: string): string {
  let out = '';
  for (const role of SPHINX_ROLES) {
    if (body.includes(`:${role}:\``)) out += `.. role:: ${role}\n`;
  }
  for (const [name, value] of Object.entries(SUBSTITUTIONS)) {
    if (body.includes(`|${name}|`)) out += `.. |${name}| replace:: ${value}\n`;
  }
  return out === '' ? '' : `${out}\n`;
}
