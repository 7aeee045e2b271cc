import type { Diagnostic } from './diagnostic.js';
import { SourceText } from '../model/source-text.js';
import { QemuOptsUsageError, requireArray } from '../api/usage-error.js';
import { visibleControls } from './visible-controls.js';

/**
 * Diagnostics as compilers print them: `FILE:LINE:COL: severity: message [code]`, the
 * source line with its number, carets under the range, then the hint. Control characters
 * from the input (ESC …) are shown as `\x1b` and the like, never sent to the terminal.
 *
 * @module
 */

/** Renders `diagnostics` of one text; every line ends with `\n`. */
export function renderText(diagnostics: readonly Diagnostic[], source: SourceText): string {
  requireArray('renderText', 'diagnostics', diagnostics);
  if (!(source instanceof SourceText)) {
    throw new QemuOptsUsageError('renderText', 'source', source, 'a SourceText');
  }
  return diagnostics.map((d) => renderOne(d, source)).join('');
}

/** One diagnostic with its source excerpt. */
function renderOne(d: Diagnostic, source: SourceText): string {
  const { line, column } = d.start;
  const file = visibleControls(d.file);
  let out = `${file}:${line}:${column}: ${d.severity}: ${visibleControls(d.message)} [${d.code}]\n`;
  const whole = source.lineText(line);
  if (whole !== '' || d.end.offset > d.start.offset) {
    const gutter = String(line).padStart(5);
    const end = d.end.line === line ? d.end.column : whole.length + 1;
    const window = excerptWindow(whole, column, end);
    // Columns move with the escapes, so that the carets stay under what is printed.
    const text = visibleControls(window.text);
    const from = visibleControls(window.text.slice(0, window.from - 1)).length + 1;
    const to = from + visibleControls(window.text.slice(window.from - 1, window.to - 1)).length;
    out += `${gutter} | ${text}\n`;
    out += `${' '.repeat(gutter.length)} | ${caretLine(text, from, to)}\n`;
  }
  if (d.hint !== undefined) {
    const [first, ...rest] = d.hint.split('\n').map(visibleControls);
    out += `hint: ${first}\n` + rest.map((l) => `      ${l}\n`).join('');
  }
  return out;
}

/** Columns shown on each side of the range when a line is too long to show whole. */
const CONTEXT = 80;
/** The longest range shown whole in a cut line; a longer one is cut after this many. */
const LONGEST_RANGE = 2 * CONTEXT;

/**
 * The part of `line` to show for the range of 1-based columns `[column, end)`: the whole line
 * when it is short, else {@link CONTEXT} columns either side of the range with `…` where the
 * line was cut; `from` and `to` are the range's columns in the shown text.
 */
function excerptWindow(
  line: string,
  column: number,
  end: number,
): { text: string; from: number; to: number } {
  if (line.length <= 2 * CONTEXT + LONGEST_RANGE) return { text: line, from: column, to: end };
  const start = Math.max(0, column - 1 - CONTEXT);
  const stop = Math.min(line.length, Math.min(end - 1, column - 1 + LONGEST_RANGE) + CONTEXT);
  const before = start > 0 ? '…' : '';
  const text = before + line.slice(start, stop) + (stop < line.length ? '…' : '');
  const shift = before.length - start;
  return { text, from: column + shift, to: Math.min(end, stop + 1) + shift };
}

/**
 * Spaces up to 1-based `column` (tabs kept, so the carets line up under tabs), then `^` and
 * `~` up to `end` (exclusive). An empty range gets a single `^`.
 */
function caretLine(text: string, column: number, end: number): string {
  const pad = text.slice(0, column - 1).replace(/[^\t]/g, ' ');
  const width = Math.max(1, end - column);
  return `${pad}^${'~'.repeat(width - 1)}`;
}
