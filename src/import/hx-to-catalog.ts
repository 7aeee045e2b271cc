/**
 * Builds a {@link Catalog} from a `qemu-options.hx` file (spec section 5): headings and
 * options in file order, each with its arch mask and build condition, help text line by line
 * with per-line conditions, and the rST doc block. The text is QEMU's, so the catalog says
 * `textBy: 'qemu'`: such a catalog is for the user's own file, never for our built-in one.
 *
 * @module
 */
import type {
  Catalog, CatalogEntry, HeadingEntry, HelpLine, OptionEntry,
} from '../catalog/types.js';
import { ALL_ARCHES, ARCH_BITS } from '../catalog/arches.js';
import { formatCondition, type ConditionNode } from '../catalog/condition.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { ConditionStack } from '../model/hx/condition-stack.js';
import type { HxDef, HxDocument, HxProblem, HxRstBlock } from '../model/hx/hx-document.js';
import { readHx, withoutStringCascade } from '../model/hx/read-hx.js';
import { DEBIAN_HX_MACROS, type HxMacroValues } from './hx-macros.js';
import { appendAll } from '../util/append-all.js';
import { requireOptions, requireString } from '../api/usage-error.js';

/** How to import. */
export interface HxImportOptions {
  /** The file name, for diagnostics and `source.file`. */
  file?: string;
  /** The QEMU release the file belongs to (e.g. from QEMU's `VERSION` file). */
  release?: string;
  /** Values of macros between help literals; Debian's by default. */
  macros?: HxMacroValues;
}

/** The catalog and the problems found on the way. */
export interface HxImportResult {
  /** The catalog (partial where the file has errors). */
  catalog: Catalog;
  /** Problems in the file, errors and warnings. */
  diagnostics: Diagnostic[];
}

/** Imports the text of a `qemu-options.hx` file. Never throws for bad input. */
export function importHx(text: string, options: HxImportOptions = {}): HxImportResult {
  requireString('importHx', 'text', text);
  requireOptions('importHx', options);
  const doc = readHx(text);
  const file = options.file ?? '<hx>';
  const built = catalogOfDocument(doc, options.macros ?? DEBIAN_HX_MACROS);
  const catalog: Catalog = {
    format: 1,
    releases: options.release ? [options.release] : [],
    source: { kind: 'hx', textBy: 'qemu', ...(options.file ? { file: options.file } : {}) },
    entries: built.entries,
    lists: {},
  };
  const problems = [...doc.problems, ...built.problems];
  problems.sort((a, b) => a.start.offset - b.start.offset);
  const diagnostics = withoutStringCascade(problems).map((p) => toDiagnostic(p, file));
  return { catalog, diagnostics };
}

/** A problem as a diagnostic of `file`. */
export function toDiagnostic(p: HxProblem, file: string): Diagnostic {
  const severity = p.severity ?? 'error';
  return { file, start: p.start, end: p.end, severity, code: p.code, message: p.message };
}

const format = (c: ConditionNode | undefined) => (c ? formatCondition(c) : undefined);

/** Catalog entries of a read document. */
export function catalogOfDocument(
  doc: HxDocument,
  macros: HxMacroValues,
): { entries: CatalogEntry[]; problems: HxProblem[] } {
  const stack = new ConditionStack();
  const entries: CatalogEntry[] = [];
  const problems: HxProblem[] = [];
  let docTarget: OptionEntry | HeadingEntry | undefined;
  let lastEnd: Position = { line: 1, column: 1, offset: 0 };

  for (const item of doc.items) {
    if (item.kind === 'directive') {
      stack.apply(item.directive);
      lastEnd = item.directive.start;
    } else if (item.kind === 'heading') {
      const entry: HeadingEntry = { kind: 'heading', text: item.text };
      if (item.archMask) entry.arches = archesOfMask(item.archMask, item.start, problems);
      const condition = format(stack.conditionFrom());
      if (condition) entry.condition = condition;
      entries.push(entry);
      docTarget = entry;
      lastEnd = item.start;
    } else if (item.kind === 'def') {
      const entry = optionOfDef(item, stack, macros, problems);
      entries.push(entry);
      docTarget = entry;
      lastEnd = item.start;
    } else {
      attachDoc(item, docTarget, problems);
      lastEnd = item.start;
    }
  }
  stack.finish(lastEnd);
  appendAll(problems, stack.problems);
  return { entries, problems };
}

function optionOfDef(
  def: HxDef,
  stack: ConditionStack,
  macros: HxMacroValues,
  problems: HxProblem[],
): OptionEntry {
  const depth = stack.depth;
  const condition = format(stack.conditionFrom());
  const help: HelpLine[] = [];
  let text = '';
  let textCondition: string | undefined;
  const flush = () => {
    for (const line of text.split(/(?<=\n)/)) {
      if (line === '') continue;
      help.push(textCondition ? { text: line, condition: textCondition } : { text: line });
    }
    text = '';
  };
  for (const piece of def.help) {
    if (piece.kind === 'directive') {
      stack.apply(piece.directive);
      continue;
    }
    const here = format(stack.depth > depth ? stack.conditionFrom(depth) : undefined);
    if (here !== textCondition) {
      flush();
      textCondition = here;
    }
    if (piece.kind === 'string') text += piece.value;
    else if (Object.hasOwn(macros, piece.name)) text += macros[piece.name];
    else {
      const end = { ...piece.start, column: piece.start.column + piece.name.length };
      end.offset += piece.name.length;
      problems.push({
        code: 'hx-unknown-macro',
        severity: 'warning',
        message: `unknown macro '${piece.name}' in help text; it is left out`,
        start: piece.start,
        end,
      });
    }
  }
  flush();
  if (stack.depth < depth) {
    problems.push({
      code: 'hx-unbalanced-if',
      message: `#endif inside DEF("${def.name}") closes a conditional opened before it`,
      start: def.start,
      end: def.nameStart,
    });
  }
  const entry: OptionEntry = {
    kind: 'option',
    name: def.name,
    hasArg: def.flags === 'HAS_ARG' || (/^\d/.test(def.flags) && (Number(def.flags) & 1) === 1),
    enumName: def.enumName,
    arches: archesOfMask(def.archMask, def.start, problems),
    help,
  };
  if (condition) entry.condition = condition;
  return entry;
}

/** Arch names of mask terms (`QEMU_ARCH_I386` → `I386`, `QEMU_ARCH_ALL` → `ALL`). */
function archesOfMask(terms: string[], start: Position, problems: HxProblem[]): string[] {
  const arches: string[] = [];
  for (const term of terms) {
    const name = term.replace(/^QEMU_ARCH_/, '');
    if (name === ALL_ARCHES || Object.hasOwn(ARCH_BITS, name)) arches.push(name);
    else if (/^\d/.test(term)) appendAll(arches, archesOfNumber(Number(term)));
    else {
      problems.push({
        code: 'hx-unknown-arch',
        message: `unknown arch '${term}'`,
        start,
        end: start,
      });
    }
  }
  return arches.includes(ALL_ARCHES) ? [ALL_ARCHES] : arches;
}

function archesOfNumber(mask: number): string[] {
  if (mask === -1 || mask === 0xffffffff) return [ALL_ARCHES];
  return Object.entries(ARCH_BITS)
    .filter(([, bit]) => (mask & bit) !== 0)
    .map(([name]) => name);
}

/** Adds an rST block to the option or heading before it. */
function attachDoc(
  block: HxRstBlock,
  target: OptionEntry | HeadingEntry | undefined,
  problems: HxProblem[],
): void {
  const text = block.lines.map((l) => `${l}\n`).join('');
  if (!target) {
    problems.push({
      code: 'hx-orphan-doc',
      message: 'rST block before the first heading or DEF',
      start: block.start,
      end: block.start,
    });
    return;
  }
  if (target.doc === undefined) {
    target.doc = text;
    if (block.label !== undefined) target.docLabel = block.label;
    return;
  }
  // LIMITATION(#3): a label on a second block of one entry is not kept (QEMU has none).
  target.doc += text;
}
