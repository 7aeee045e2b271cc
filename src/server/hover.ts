import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Availability, OptionEntry, Param } from '../catalog/types.js';
import { releaseStatus, isDeprecatedIn } from '../catalog/versions.js';
import type { SourceWord } from '../input/source-word.js';
import type { LintContext } from '../validator/lint-context.js';
import { itemAt } from './argument-item.js';
import { parameterValues } from './argument-values.js';
import type { CursorContext } from './cursor-context.js';

/**
 * Hover text: for an option word, its `-help` synopsis and its history; for a key in an
 * option's argument, the parameter's type, help, accepted values and history. The text
 * comes from the catalog in use (ours, or one the user imported); help lines and values
 * that the chosen host or release lacks are left out.
 *
 * @module
 */

/** One line on what the chosen release makes of something with `versions`. */
function historyLine(versions: Availability | undefined, ctx: LintContext): string | undefined {
  const notes: string[] = [];
  if (versions?.since) notes.push(`since QEMU ${versions.since}`);
  if (versions?.deprecated) notes.push(`deprecated in ${versions.deprecated}`);
  if (versions?.removed) notes.push(`removed in ${versions.removed}`);
  if (versions?.replacement) notes.push(`use ${versions.replacement.text}`);
  const status = releaseStatus(versions, ctx.version);
  if (status.kind === 'not-yet' || status.kind === 'removed') {
    notes.push(`not in QEMU ${ctx.version}`);
  } else if (isDeprecatedIn(versions, ctx.version)) {
    notes.push(`deprecated in QEMU ${ctx.version}`);
  }
  return notes.length === 0 ? undefined : `*${notes.join('; ')}*`;
}

/** Markdown for an option. */
function optionMarkdown(entry: OptionEntry, ctx: LintContext): string {
  // The lines for other hosts (`-chardev console` is Windows only) are left out.
  const synopsis = entry.help.filter((line) => ctx.holds(line.condition) !== false)
    .map((line) => line.text).join('').trimEnd();
  const parts = [synopsis === '' ? `\`-${entry.name}\`` : `\`\`\`text\n${synopsis}\n\`\`\``];
  const history = historyLine(entry.versions, ctx);
  if (history) parts.push(history);
  if (entry.condition) parts.push(`Only in builds where \`${entry.condition}\` holds.`);
  return parts.join('\n\n');
}

/** Markdown for one parameter of `entry`'s list. */
function paramMarkdown(entry: OptionEntry, param: Param, ctx: LintContext): string {
  const parts = [`\`${param.name}\` (${param.type}) of \`-${entry.name}\``];
  if (param.help) parts.push(param.help);
  const values = parameterValues(entry, param, ctx);
  if (values) parts.push(`Values: ${values.map((v) => `\`${v}\``).join(', ')}`);
  const history = historyLine(param.versions, ctx);
  if (history) parts.push(history);
  if (param.condition) parts.push(`Only in builds where \`${param.condition}\` holds.`);
  return parts.join('\n\n');
}

/** The parameter whose key the cursor is on, in `word` (the argument of `entry`). */
function paramAt(entry: OptionEntry, word: SourceWord, before: number,
  ctx: LintContext): Param | undefined {
  const list = ctx.list(entry);
  if (list === undefined || word.text.startsWith('{')) return undefined;
  const item = itemAt(word.text, before);
  if (item.equals >= 0 && before > item.equals) return undefined;
  const key = item.equals >= 0 ? word.text.slice(item.start, item.equals)
    : item.first ? list.impliedKey : word.text.slice(item.start, item.end);
  return list.params.find((p) => p.name === key);
}

/** The hover for what is at the cursor, or null when there is nothing to say. */
export function hoverFor(context: CursorContext, ctx: LintContext): Hover | null {
  if (context.kind === 'option' && context.entry) {
    return { contents: { kind: MarkupKind.Markdown, value: optionMarkdown(context.entry, ctx) } };
  }
  if (context.kind !== 'argument' || context.word === undefined) return null;
  const param = paramAt(context.entry, context.word, context.before, ctx);
  if (param === undefined) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: paramMarkdown(context.entry, param, ctx) },
  };
}
