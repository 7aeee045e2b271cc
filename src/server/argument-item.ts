/**
 * Finding the item (`key=value`) of an option argument that a cursor is in, for QemuOpts and
 * keyval text alike: both separate items with `,` and write a literal comma as `,,`.
 *
 * @module
 */

/** The item around a cursor, in offsets of the argument's text. */
export interface ArgumentItem {
  /** Offset of the item's first character. */
  start: number;
  /** Offset just past the item (its closing comma, or the end of the text). */
  end: number;
  /** Offset of the item's `=`, or -1 when it has none. */
  equals: number;
  /** Whether this is the argument's first item (where an implied key applies). */
  first: boolean;
}

/** The item of `text` that holds offset `at` (between two characters). */
export function itemAt(text: string, at: number): ArgumentItem {
  let start = 0;
  let first = true;
  let i = 0;
  while (i < text.length) {
    if (text[i] === ',' && text[i + 1] === ',') {
      i += 2;
      continue;
    }
    if (text[i] === ',') {
      if (at <= i) break;
      start = i + 1;
      first = false;
    }
    i++;
  }
  let end = start;
  while (end < text.length && !(text[end] === ',' && text[end + 1] !== ',')) {
    end += text[end] === ',' ? 2 : 1;
  }
  const eq = text.slice(start, end).indexOf('=');
  return { start, end, equals: eq < 0 ? -1 : start + eq, first };
}
