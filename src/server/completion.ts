import {
  CompletionItemKind,
  CompletionItemTag,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver-types';
import { archesInclude } from '../catalog/arches.js';
import { targetOfProgram } from '../catalog/targets.js';
import type { Param } from '../catalog/types.js';
import { isAvailableIn, isDeprecatedIn } from '../catalog/versions.js';
import type { SourceWord } from '../input/source-word.js';
import { archOf, type LintContext } from '../validator/lint-context.js';
import { itemAt } from './argument-item.js';
import type { ArgumentAtCursor, CursorContext, OptionAtCursor } from './cursor-context.js';

/**
 * Completion: option names where an option may start, parameter names where a key may
 * start in an option's argument, and the values of a parameter after its `=` (bool values,
 * and the values QEMU checks for a string parameter). Only what the chosen release has is
 * offered; what it deprecates is tagged so.
 *
 * @module
 */

/** Turns a span of file offsets into an LSP range. */
export type RangeOf = (start: number, end: number) => Range;

/** The file offset of character `i` of `word.text` (the end of the word for `i = length`). */
function fileOffset(word: SourceWord, i: number): number {
  return word.offsets[Math.min(i, word.text.length)];
}

/**
 * Option names, replacing what was typed of the option word: those the chosen release has
 * on the chosen host, for the target named by `target` or else by the command's program.
 */
function optionItems(context: OptionAtCursor, cursor: number, ctx: LintContext,
  rangeOf: RangeOf, target: string | undefined): CompletionItem[] {
  const start = context.word?.span.start ?? cursor;
  const range = rangeOf(start, cursor);
  const arch = archOf(target ?? targetOfProgram(context.program));
  const items: CompletionItem[] = [];
  for (const name of ctx.optionNames()) {
    const entry = ctx.option(name)!;
    if (!isAvailableIn(entry.versions, ctx.version) || ctx.holds(entry.condition) === false ||
      !archesInclude(entry.arches, arch)) {
      continue;
    }
    const label = `-${name}`;
    items.push({
      label,
      kind: CompletionItemKind.Keyword,
      detail: entry.help[0]?.text.trim(),
      textEdit: { range, newText: label },
      ...(isDeprecatedIn(entry.versions, ctx.version)
        ? { tags: [CompletionItemTag.Deprecated] } : {}),
    });
  }
  return items;
}

/** Whether a parameter is there in the chosen release and host. */
function present(param: Param, ctx: LintContext): boolean {
  return isAvailableIn(param.versions, ctx.version) && ctx.holds(param.condition) !== false;
}

/** A completion item for a parameter name or value. */
function item(label: string, newText: string, range: Range, kind: CompletionItemKind,
  detail?: string): CompletionItem {
  return { label, kind, textEdit: { range, newText }, ...(detail ? { detail } : {}) };
}

/** Keys or values inside an option's argument. */
function argumentItems(context: ArgumentAtCursor, cursor: number, ctx: LintContext,
  rangeOf: RangeOf): CompletionItem[] {
  const list = ctx.list(context.entry);
  const word = context.word;
  if (list === undefined || word?.text.startsWith('{')) return [];
  const params = list.params.filter((p) => present(p, ctx));
  if (word === undefined) {
    return params.map((p) => item(p.name, `${p.name}=`, rangeOf(cursor, cursor),
      CompletionItemKind.Property, p.type));
  }
  const at = itemAt(word.text, context.before);
  if (at.equals < 0 || context.before <= at.equals) {
    const range = rangeOf(fileOffset(word, at.start), cursor);
    return params.map((p) => item(p.name, `${p.name}=`, range, CompletionItemKind.Property,
      p.type));
  }
  const param = params.find((p) => p.name === word.text.slice(at.start, at.equals));
  const values = param?.type === 'bool' ? ['on', 'off'] : param?.values ?? [];
  const range = rangeOf(fileOffset(word, at.equals + 1), cursor);
  return values.map((v) => item(v, v, range, CompletionItemKind.Value));
}

/**
 * The completion items at file offset `cursor`; `target` is the target chosen in the
 * settings, if any (else the command's program names it).
 */
export function completionsFor(context: CursorContext, cursor: number, ctx: LintContext,
  rangeOf: RangeOf, target?: string): CompletionItem[] {
  if (context.kind === 'option') return optionItems(context, cursor, ctx, rangeOf, target);
  if (context.kind === 'argument') return argumentItems(context, cursor, ctx, rangeOf);
  return [];
}

