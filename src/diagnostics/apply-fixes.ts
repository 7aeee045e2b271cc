import type { Diagnostic, TextEdit } from './diagnostic.js';
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

/** Compares edits by position: start, then end. */
const byPosition = (a: TextEdit, b: TextEdit): number => a.start - b.start || a.end - b.end;

/** Where `edit` goes in `sorted` (edits in text order) to keep it in order. */
function insertionPoint(sorted: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byPosition(sorted[mid], edit) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether `edit` overlaps one of `sorted`: edits in text order that do not overlap each
 * other, so their ends rise with their starts, and only the neighbours that reach into
 * `edit`'s range need a look.
 */
function overlapsAny(sorted: readonly TextEdit[], edit: TextEdit): boolean {
  const at = insertionPoint(sorted, edit);
  for (let i = at - 1; i >= 0 && sorted[i].end >= edit.start; i--) {
    if (overlaps(sorted[i], edit)) return true;
  }
  for (let i = at; i < sorted.length && sorted[i].start <= edit.end; i++) {
    if (overlaps(sorted[i], edit)) return true;
  }
  return false;
}

/**
 * Applies the fixes of `diagnostics` to `text`. A fix is all-or-nothing: when one of its
 * edits overlaps an edit of an earlier fix, or another edit of its own, the whole fix is
 * skipped (run again to apply it). Each edit costs a binary search, so a file with a fix on
 * every line is fixed in about the time it takes to lint it.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixedText {
  requireString('applyFixes', 'text', text);
  requireArray('applyFixes', 'diagnostics', diagnostics);
  // Kept in text order, so that an overlap is found by looking at the neighbours only.
  const applied: TextEdit[] = [];
  let skipped = 0;
  for (const { fix } of diagnostics) {
    if (!fix || fix.edits.length === 0) continue;
    const valid = fix.edits.every((e) => 0 <= e.start && e.start <= e.end && e.end <= text.length);
    const clash = (e: TextEdit, i: number): boolean =>
      fix.edits.slice(0, i).some((o) => overlaps(o, e)) || overlapsAny(applied, e);
    if (!valid || fix.edits.some(clash)) {
      skipped++;
      continue;
    }
    for (const edit of fix.edits) applied.splice(insertionPoint(applied, edit), 0, edit);
  }
  let out = '';
  let at = 0;
  for (const edit of applied) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return { text: out + text.slice(at), applied, skipped };
}
