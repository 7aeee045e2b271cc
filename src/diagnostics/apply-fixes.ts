import type { Diagnostic, TextEdit } from './diagnostic.js';
import { appendAll } from '../util/append-all.js';
import { requireArray, requireString } from '../api/usage-error.js';

/**
 * Applying the machine-applicable fixes of diagnostics to the text they were found in
 * (`qemu-opts lint --fix`). Only the edited ranges change: every other character of the
 * text is kept as it was, line endings and all.
 *
 * @module
 */

/** The result of applying fixes. */
export interface FixedText {
  /** The text with the fixes applied. */
  text: string;
  /** The edits that were applied, in text order. */
  applied: TextEdit[];
  /** Fixes left out because one of their edits overlapped an edit applied before. */
  skipped: number;
}

/** Whether two edits touch the same characters (or insert at the same point). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies the fixes of `diagnostics` to `text`. A fix is all-or-nothing: when one of its
 * edits overlaps an edit of an earlier fix, the whole fix is skipped (run again to apply it).
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixedText {
  requireString('applyFixes', 'text', text);
  requireArray('applyFixes', 'diagnostics', diagnostics);
  const applied: TextEdit[] = [];
  let skipped = 0;
  for (const { fix } of diagnostics) {
    if (!fix || fix.edits.length === 0) continue;
    const valid = fix.edits.every((e) => 0 <= e.start && e.start <= e.end && e.end <= text.length);
    if (!valid || fix.edits.some((e) => applied.some((a) => overlaps(a, e)))) {
      skipped++;
      continue;
    }
    appendAll(applied, fix.edits);
  }
  applied.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of applied) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return { text: out + text.slice(at), applied, skipped };
}
