import type { Span } from '../diagnostics/diagnostic.js';

/**
 * Words read from a file, each with a source map: the file offset of every character, so a
 * problem found in a word's text can be shown where it was written, quotes and line
 * continuations notwithstanding.
 *
 * @module
 */

/** One word of a command after quote removal, with where each character came from. */
export interface SourceWord {
  /** The word as the program receives it (quotes removed, escapes resolved). */
  text: string;
  /**
   * `offsets[i]` is the file offset of `text[i]`; `offsets[text.length]` is the offset just
   * past the word as written (after its closing quote).
   */
  offsets: number[];
  /** The word as written in the file, quotes included. */
  span: Span;
  /**
   * Ranges of `text` that are unexpanded shell substitutions (`$VAR`, `$(…)`, backquotes),
   * kept verbatim. What they expand to is unknown, so they cannot be checked.
   */
  substitutions: Span[];
  /**
   * How each character of `text` was written, one letter per character: `u` unquoted,
   * `s` in single quotes, `d` in double quotes, `b` after a backslash, `a` in `$'…'`,
   * `x` part of a substitution. Absent when unknown (then edits replace the whole word).
   */
  quoting?: string;
}

/** One simple command: its leading `NAME=value` assignments and its words. */
export interface SourceCommand {
  /** Leading environment assignments (`LC_ALL=C`). */
  env: SourceWord[];
  /** The words after the assignments; `words[0]` is the program. */
  words: SourceWord[];
}

/** The file range of the characters `[local.start, local.end)` of `word.text`. */
export function wordRange(word: SourceWord, local: Span): Span {
  const start = word.offsets[Math.min(local.start, word.text.length)];
  if (local.end <= local.start) return { start, end: start };
  return { start, end: word.offsets[Math.min(local.end, word.text.length) - 1] + 1 };
}

/** The first substituted offset of `word.text`, or undefined when the word is plain text. */
export function firstSubstitution(word: SourceWord): number | undefined {
  return word.substitutions.length === 0
    ? undefined
    : word.substitutions.reduce((min, s) => Math.min(min, s.start), Infinity);
}

/** A word whose text is exactly `text`, written at `start` with no quoting. */
export function plainWord(text: string, start: number): SourceWord {
  const offsets = Array.from({ length: text.length + 1 }, (_, i) => start + i);
  const span = { start, end: start + text.length };
  return { text, offsets, span, substitutions: [], quoting: 'u'.repeat(text.length) };
}
