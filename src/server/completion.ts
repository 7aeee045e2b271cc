import {
  CompletionItemKind,
  CompletionItemTag,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver-types';
import { archesInclude } from '../catalog/arches.js';
import { DEFAULT_TARGET, targetOfProgram } from '../catalog/targets.js';
import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import type { OptionEntry, Param } from '../catalog/types.js';
import { isAvailableIn, isDeprecatedIn } from '../catalog/versions.js';
import type { SourceWord } from '../input/source-word.js';
import { archOf, type LintContext } from '../validator/lint-context.js';
import { qapiRootOf } from '../validator/qapi-arguments.js';
import { itemAt } from './argument-item.js';
import { deviceProperties, firstItemValues, parameterValues } from './argument-values.js';
import type { ArgumentAtCursor, CursorContext, OptionAtCursor } from './cursor-context.js';

/**
 * Completion: option names where an option may start; in an option's argument, the type or
 * driver names its first item takes (argument-values.ts), parameter names (and a `-device`
 * driver's properties from the build facts) where a key may start, and a parameter's
 * values after its `=` (bool values, and the values QEMU checks for a string parameter).
 * Only what the chosen release, host and target have is offered; what the release
 * deprecates is tagged so.
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

/** The key that names the argument's type or driver: the implied key, or QAPI's tag. */
function typeKey(entry: OptionEntry, ctx: LintContext): string | undefined {
  const implied = ctx.list(entry)?.impliedKey;
  if (implied !== undefined) return implied;
  const root = qapiRootOf(entry.name);
  return root === undefined ? undefined : BUILTIN_QAPI_TYPES.types[root]?.[0]?.discriminator;
}

/** The `-device` driver an argument names (its first item, or `driver=`), if any. */
function deviceDriver(text: string): string | undefined {
  const first = itemAt(text, 0);
  if (first.equals < 0) return text.slice(first.start, first.end);
  return /(?:^|,)driver=([^,]*)/.exec(text)?.[1];
}

/**
 * Keys or values inside an option's argument: at a first item without `=`, the type or
 * driver names when they are known (`-chardev` backends, `-device` drivers …), else the
 * parameter names, with a `-device` driver's properties; after `=`, the values.
 */
function argumentItems(context: ArgumentAtCursor, cursor: number, ctx: LintContext,
  rangeOf: RangeOf, target: string): CompletionItem[] {
  const { entry, word } = context;
  const list = ctx.list(entry);
  if (word?.text.startsWith('{')) return [];
  const text = word?.text ?? '';
  const at = itemAt(text, context.before);
  const params = (list?.params ?? []).filter((p) => present(p, ctx));
  const valueOf = (i: number): number => word === undefined ? cursor : fileOffset(word, i);
  if (at.equals < 0 || context.before <= at.equals) {
    const range = rangeOf(valueOf(at.start), cursor);
    const names = at.first && at.equals < 0 ? firstItemValues(entry, ctx, target) : undefined;
    if (names !== undefined) return names.map((v) => item(v, v, range, CompletionItemKind.Value));
    const keys = params.map((p) => item(p.name, `${p.name}=`, range,
      CompletionItemKind.Property, p.type));
    const driver = entry.name === 'device' ? deviceDriver(text) : undefined;
    const properties = driver === undefined ? [] : deviceProperties(driver, ctx, target) ?? [];
    return [...keys, ...properties.map((p) => item(p, `${p}=`, range,
      CompletionItemKind.Property))];
  }
  const key = text.slice(at.start, at.equals);
  const param = params.find((p) => p.name === key);
  const range = rangeOf(valueOf(at.equals + 1), cursor);
  const values = key === typeKey(entry, ctx) ? firstItemValues(entry, ctx, target)
    : param?.type === 'bool' ? ['on', 'off']
      : param === undefined ? undefined : parameterValues(entry, param, ctx);
  return (values ?? []).map((v) => item(v, v, range, CompletionItemKind.Value));
}

/**
 * The completion items at file offset `cursor`; `target` is the target chosen in the
 * settings, if any (else the command's program names it).
 */
export function completionsFor(context: CursorContext, cursor: number, ctx: LintContext,
  rangeOf: RangeOf, target?: string): CompletionItem[] {
  if (context.kind === 'option') return optionItems(context, cursor, ctx, rangeOf, target);
  if (context.kind === 'argument') {
    const build = target ?? targetOfProgram(context.program) ?? DEFAULT_TARGET;
    return argumentItems(context, cursor, ctx, rangeOf, build);
  }
  return [];
}

