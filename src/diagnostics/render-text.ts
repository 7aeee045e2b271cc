import type { Diagnostic } from './diagnostic.js';
import type { SourceText } from '../model/source-text.js';

/**
 * Diagnostics as compilers print them: `FILE:LINE:COL: severity: message [code]`, the
 * source line with its number, carets under the range, then the hint.
 *
 * @module
 */

/** Renders `diagnostics` of one text; every line ends with `\n`. */
export function renderText(diagnostics: readonly Diagnostic[], source: SourceText): string {
  return diagnostics.map((d) => renderOne(d, source)).join('');
}

/** One diagnostic with its source excerpt. */
function renderOne(d: Diagnostic, source: SourceText): string {
  const { line, column } = d.start;
  let out = `${d.file}:${line}:${column}: ${d.severity}: ${d.message} [${d.code}]\n`;
  const text = source.lineText(line);
  if (text !== '' || d.end.offset > d.start.offset) {
    const gutter = String(line).padStart(5);
    const lastColumn = d.end.line === line ? d.end.column : text.length + 1;
    out += `${gutter} | ${text}\n`;
    out += `${' '.repeat(gutter.length)} | ${caretLine(text, column, lastColumn)}\n`;
  }
  if (d.hint !== undefined) {
    const [first, ...rest] = d.hint.split('\n');
    out += `hint: ${first}\n` + rest.map((l) => `      ${l}\n`).join('');
  }
  return out;
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
