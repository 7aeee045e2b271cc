/**
 * Small pieces shared by the `.hx` commands (`import-hx`, `check-hx`).
 *
 * @module
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { visibleControls } from '../../diagnostics/visible-controls.js';

/**
 * One diagnostic as `file:line:col: severity: message [code]` and a newline. Control
 * characters from the file (in the name or a quoted message) are shown as `\xNN`, never
 * sent to the terminal.
 */
export function formatDiagnosticLine(d: Diagnostic): string {
  const line = `${d.file}:${d.start.line}:${d.start.column}: ${d.severity}: ${d.message}`;
  return `${visibleControls(line)} [${d.code}]\n`;
}
