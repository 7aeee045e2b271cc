import type { Position } from '../diagnostics/diagnostic.js';
import { requireString } from '../api/usage-error.js';

/**
 * A text with a line index, turning offsets into {@link Position}s.
 * Lines end at `\n`; a `\r` before it belongs to the line.
 */
export class SourceText {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[];

  /**
   * Indexes `text` once; positions are then found by binary search.
   *
   * @throws {QemuOptsUsageError} when `text` is not a string.
   */
  constructor(readonly text: string) {
    requireString('SourceText', 'text', text);
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  /** The position of `offset`, clamped to the text. */
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - this.lineStarts[low] + 1, offset: at };
  }

  /** The text of 1-based line `line`, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}
