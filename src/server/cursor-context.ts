import type { OptionEntry } from '../catalog/types.js';
import { readQemuInvocations } from '../input/qemu-commands.js';
import type { SplitMode } from '../input/shell-splitter.js';
import type { SourceWord } from '../input/source-word.js';
import type { LintContext } from '../validator/lint-context.js';
import { scanArgv } from '../validator/scan-argv.js';

/**
 * What stands at a cursor in a document, as QEMU's option loop would read the command line
 * around it: an option word, an option's argument, or a word where an option may start.
 * Hover and completion are built on it.
 *
 * @module
 */

/** The cursor is on (or right after) an option word such as `-m` or `--machine`. */
export interface OptionAtCursor {
  /** Discriminator. */
  kind: 'option';
  /** The word under the cursor (absent when the cursor is in the blank before a new word). */
  word?: SourceWord;
  /** The option, when the word names one the catalog knows. */
  entry?: OptionEntry;
  /** How many characters of the word's text come before the cursor. */
  before: number;
  /** The command's program word (`qemu-system-aarch64`), which names its target. */
  program: string;
}

/** The cursor is in the argument of an option. */
export interface ArgumentAtCursor {
  /** Discriminator. */
  kind: 'argument';
  /** The option the argument belongs to. */
  entry: OptionEntry;
  /** The argument word (absent when the cursor is in the blank where it would start). */
  word?: SourceWord;
  /** How many characters of the word's text come before the cursor. */
  before: number;
  /** The command's program word (`qemu-system-aarch64`), which names its target. */
  program: string;
}

/** What is at the cursor; `none` outside QEMU commands or on other words. */
export type CursorContext = OptionAtCursor | ArgumentAtCursor | { kind: 'none' };

/** How many characters of `word.text` were written before file offset `offset`. */
function charsBefore(word: SourceWord, offset: number): number {
  let n = 0;
  while (n < word.text.length && word.offsets[n] < offset) n++;
  return n;
}

/** Whether the text between two offsets ends the command (an unescaped newline in a script). */
function endsCommand(text: string, from: number, to: number, mode: SplitMode): boolean {
  if (mode === 'args') return false;
  return /(^|[^\\])\n/.test(text.slice(from, to)) || /[;&|]/.test(text.slice(from, to));
}

/** What is at file offset `offset` of `text`, read in `mode`, with `ctx`'s catalog. */
export function cursorContext(text: string, offset: number, mode: SplitMode,
  ctx: LintContext): CursorContext {
  for (const { argv } of readQemuInvocations(text, mode).invocations) {
    const first = argv[0].span.start;
    const last = argv[argv.length - 1].span.end;
    if (offset <= first || offset > last && endsCommand(text, last, offset, mode)) continue;
    const index = argv.findIndex((w) => w.span.start <= offset && offset <= w.span.end);
    if (index === 0) return { kind: 'none' };
    const position = index >= 0 ? index : argv.filter((w) => w.span.end < offset).length;
    return atWord(argv, position, index >= 0, offset, ctx);
  }
  return { kind: 'none' };
}

/** The context of argv position `position` (a word there, or a gap where one would go). */
function atWord(argv: readonly SourceWord[], position: number, onWord: boolean,
  offset: number, ctx: LintContext): CursorContext {
  const before = argv.slice(1, position).map((w) => w.text);
  const scan = scanArgv({
    words: before,
    opaque: new Set(),
    lookup: (name) => ctx.option(name),
    names: () => ctx.optionNames(),
  });
  const lastItem = scan.items[scan.items.length - 1];
  const word = onWord ? argv[position] : undefined;
  const chars = word === undefined ? 0 : charsBefore(word, offset);
  const awaiting = lastItem?.kind === 'option' && lastItem.entry.hasArg &&
    lastItem.argument === undefined;
  const program = argv[0].text;
  if (awaiting) {
    return { kind: 'argument', entry: lastItem.entry, word, before: chars, program };
  }
  if (word !== undefined && !word.text.startsWith('-')) return { kind: 'none' };
  const name = word?.text.replace(/^--?/, '');
  const entry = name === undefined ? undefined : ctx.option(name === 'h' ? 'help' : name);
  return { kind: 'option', word, entry, before: chars, program };
}
