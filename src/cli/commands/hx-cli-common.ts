/**
 * Small pieces shared by the `.hx` commands (`import-hx`, `check-hx`).
 *
 * @module
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** One diagnostic as `file:line:col: severity: message [code]` and a newline. */
export function formatDiagnosticLine(d: Diagnostic): string {
  return `${d.file}:${d.start.line}:${d.start.column}: ${d.severity}: ${d.message} [${d.code}]\n`;
}
