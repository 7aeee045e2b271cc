import type { Span, TextEdit } from '../diagnostics/diagnostic.js';
import { shellQuote } from '../lint/shell-quote.js';
import type { SourceWord } from './source-word.js';

/**
 * Moving an edit of a word's text (after quote removal) into an edit of the file the word
 * was written in, so that the file still reads as the same words with only the edit
 * applied: quotes stay balanced and nothing outside the word changes.
 *
 * @module
 */

/** Characters a replacement may hold to be written in each kind of quoting as they are. */
const SAFE_IN: Record<string, RegExp> = {
  u: /^[A-Za-z0-9_@%+=:,./-]*$/,
  s: /^[^']*$/,
  d: /^[^"$`\\!]*$/,
};

/** The part of `[start, end) → newText` of `text` that really changes. */
function shrink(text: string, edit: Span & { newText: string }): Span & { newText: string } {
  const old = text.slice(edit.start, edit.end);
  const neu = edit.newText;
  let pre = 0;
  while (pre < old.length && pre < neu.length && old[pre] === neu[pre]) pre++;
  let suf = 0;
  while (
    suf < old.length - pre &&
    suf < neu.length - pre &&
    old[old.length - 1 - suf] === neu[neu.length - 1 - suf]
  ) {
    suf++;
  }
  return {
    start: edit.start + pre,
    end: edit.end - suf,
    newText: neu.slice(pre, neu.length - suf),
  };
}

/** Whether `newText` can be written as it is among characters quoted as `how`. */
function safeIn(how: string | undefined, newText: string): boolean {
  return how !== undefined && SAFE_IN[how]?.test(newText) === true;
}

/** The file edit for `edit` when it fits inside one quoted segment, else undefined. */
function inSegment(word: SourceWord, edit: Span & { newText: string }): TextEdit | undefined {
  const { quoting, offsets } = word;
  if (quoting === undefined) return undefined;
  const { start, end, newText } = edit;
  if (start === end) {
    // An insertion: after the character before it, or before the character after it,
    // within that character's quoted segment.
    if (start > 0 && safeIn(quoting[start - 1], newText)) {
      const at = offsets[start - 1] + 1;
      return { start: at, end: at, newText };
    }
    if (start < word.text.length && safeIn(quoting[start], newText)) {
      return { start: offsets[start], end: offsets[start], newText };
    }
    return undefined;
  }
  const how = quoting[start];
  for (let i = start; i < end; i++) {
    if (quoting[i] !== how || offsets[i] !== offsets[start] + (i - start)) return undefined;
  }
  if (!safeIn(how, newText)) return undefined;
  return { start: offsets[start], end: offsets[end - 1] + 1, newText };
}

/**
 * The file edit that applies `edit` (in offsets of `word.text`) to the file `word` was read
 * from: only the characters that change are touched, inside the quoted segment they were
 * written in; when the change spans several segments the whole word is written anew, quoted.
 * Undefined when that cannot be done safely (the word holds a shell substitution).
 */
export function wordEditInFile(
  word: SourceWord,
  edit: Span & { newText: string },
): TextEdit | undefined {
  const text = word.text.slice(0, edit.start) + edit.newText + word.text.slice(edit.end);
  // An empty word has to stay a word: written as ''.
  if (text === '' && word.substitutions.length === 0) return { ...word.span, newText: "''" };
  const small = shrink(word.text, edit);
  if (small.start === small.end && small.newText === '') {
    const at = word.offsets[Math.min(small.start, word.text.length)];
    return { start: at, end: at, newText: '' };
  }
  const inside = inSegment(word, small);
  if (inside) return inside;
  if (word.substitutions.length > 0) return undefined;
  return { ...word.span, newText: shellQuote(text) };
}
