import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver-types';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { lintText, lintTextUpTo, type LintResult } from '../lint/lint-text.js';
import type { LintSettings } from '../validator/lint-context.js';
import { documentMode } from './document-mode.js';

/**
 * Linting an open document and turning the findings into LSP diagnostics.
 *
 * @module
 */

/** The name shown as each diagnostic's source in an editor. */
export const DIAGNOSTIC_SOURCE = 'qemu-opts';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Lints the document `text` at `uri` (a `.args` file or shell text). */
export function lintDocument(uri: string, text: string, settings: LintSettings): LintResult {
  return lintText(text, { ...settings, mode: documentMode(uri), file: uri });
}

/**
 * One finding as an LSP diagnostic. Our positions are 1-based lines and columns counted in
 * UTF-16 code units, LSP's are 0-based in the same units, so only the base changes. QEMU's
 * hint, where there is one, follows the message on its own lines, as QEMU prints it.
 */
export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  const message = diagnostic.hint === undefined
    ? diagnostic.message
    : `${diagnostic.message}\n${diagnostic.hint}`;
  return {
    range: {
      start: { line: diagnostic.start.line - 1, character: diagnostic.start.column - 1 },
      end: { line: diagnostic.end.line - 1, character: diagnostic.end.column - 1 },
    },
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}

/** The LSP diagnostics of a document. */
export function documentDiagnostics(uri: string, text: string, settings: LintSettings):
    LspDiagnostic[] {
  return lintDocument(uri, text, settings).diagnostics.map(toLspDiagnostic);
}

/** The code of the diagnostic that ends a document's diagnostics cut short at the limit. */
export const NOT_SHOWN_CODE = 'findings-not-shown';

/**
 * The LSP diagnostics of a document, at most `max` of them in document order. Past `max`,
 * the lint stops at the next command (so a huge script costs time in proportion to `max`)
 * and one more diagnostic, an information at the first finding or command not shown, says
 * that nothing from there on is shown and which setting raises the limit.
 */
export function limitedDocumentDiagnostics(uri: string, text: string, settings: LintSettings,
  max: number): LspDiagnostic[] {
  const result = lintTextUpTo(text, { ...settings, mode: documentMode(uri), file: uri }, max);
  const shown = result.diagnostics.slice(0, max).map(toLspDiagnostic);
  if (result.diagnostics.length <= max && result.stoppedAt === undefined) return shown;
  const cut = result.diagnostics[max]?.start ?? result.source.positionAt(result.stoppedAt!);
  const at = { line: cut.line - 1, character: cut.column - 1 };
  shown.push({
    range: { start: at, end: at },
    severity: DiagnosticSeverity.Information,
    code: NOT_SHOWN_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `qemu-opts shows at most ${max} findings per document: nothing from here on ` +
      'is shown (the maxDiagnostics setting raises the limit)',
  });
  return shown;
}
