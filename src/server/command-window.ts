import type { SplitMode } from '../input/shell-splitter.js';

/**
 * The part of a large script that can hold the command under a cursor, so that hover and
 * completion read a few lines instead of the whole document: the cursor's line, the lines
 * before it that end in a backslash continuation, and the continued lines after it.
 *
 * @module
 */

/** Texts up to this length are read whole. */
export const WHOLE_TEXT_LIMIT = 256 * 1024;

/** A window of a text: where it starts, and its text. */
export interface TextWindow {
  /** Offset of the window's first character in the whole text. */
  start: number;
  /** The window's text. */
  text: string;
}

/** Whether the line ending just before `end` (exclusive of its newline) ends in a `\`. */
function continues(text: string, end: number): boolean {
  const line = text.slice(Math.max(0, end - 2), end).replace(/\r$/, '');
  return line.endsWith('\\');
}

/**
 * The window around `offset`. Short texts and `.args` files (one command) are read whole.
 * LIMITATION(#4): in a large script, a quote that spans lines above the window is not seen,
 * so hover and completion inside such a string may misread the word; diagnostics, which
 * read the whole text, are not affected.
 */
export function commandWindow(text: string, offset: number, mode: SplitMode): TextWindow {
  if (text.length <= WHOLE_TEXT_LIMIT || mode === 'args') return { start: 0, text };
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > 0 && continues(text, start - 1)) start = text.lastIndexOf('\n', start - 2) + 1;
  let end = text.indexOf('\n', offset);
  while (end >= 0 && continues(text, end)) end = text.indexOf('\n', end + 1);
  if (end < 0) end = text.length;
  return { start, text: text.slice(start, end) };
}
