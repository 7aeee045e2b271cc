import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver-types';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { lintText, type LintResult } from '../lint/lint-text.js';
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
