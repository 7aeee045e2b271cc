import {
  CodeActionKind,
  type CodeAction,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes } from '../diagnostics/apply-fixes.js';
import type { TextEdit } from '../diagnostics/diagnostic.js';
import type { LintSettings } from '../validator/lint-context.js';
import { commandWindow, WHOLE_TEXT_LIMIT } from './command-window.js';
import { lintDocument, toLspDiagnostic } from './document-diagnostics.js';
import { documentMode } from './document-mode.js';

/**
 * Code actions: each machine-applicable fix as a quick fix on its diagnostic, and one
 * "fix all" source action that applies every fix as `qemu-opts lint --fix` does. Actions are
 * computed from the document as it is now, so a fix never lands on text that has moved. In a
 * large document, quick fixes come from the command around the range, and the fix-all
 * action is offered only when asked for by kind (editors ask for code actions often).
 *
 * @module
 */

/** The kind of the action that applies every fix of a document. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.qemu-opts`;

/** Whether two ranges share a position (an empty range touching the other counts). */
function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Whether a code action request restricted to the kinds `only` (if any) wants `kind`. */
export function asksFor(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * Whether to compute the fix-all action for a request restricted to `only`, in a document
 * of `length` characters: a large one gets it only when the request asks for it by kind.
 */
export function offersFixAll(only: readonly string[] | undefined, length: number): boolean {
  if (!asksFor(only, FIX_ALL_KIND)) return false;
  return length <= WHOLE_TEXT_LIMIT || only !== undefined;
}

/** Our offset edits as LSP edits in `document`. */
function lspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({
    range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
    newText: e.newText,
  }));
}

/**
 * The code actions for `range` of `document`. `only`, when the client sends it, restricts
 * the kinds (`quickfix`, `source.fixAll`, …) as LSP describes.
 */
export function codeActions(document: TextDocument, range: Range, settings: LintSettings,
  only?: readonly string[]): CodeAction[] {
  const text = document.getText();
  const actions: CodeAction[] = [];
  if (asksFor(only, CodeActionKind.QuickFix)) {
    actions.push(...quickFixes(document, range, settings));
  }
  if (!offersFixAll(only, text.length)) return actions;
  const fixed = applyFixes(text, lintDocument(document.uri, text, settings).diagnostics);
  const fixAll = fixAllAction(document, fixed.applied);
  if (fixAll !== undefined) actions.push(fixAll);
  return actions;
}

/**
 * The "fix all" action that applies `applied` (the edits `applyFixes` applied to the text
 * of `document`), or undefined when there is nothing to fix.
 */
export function fixAllAction(document: TextDocument, applied: readonly TextEdit[]):
    CodeAction | undefined {
  if (applied.length === 0) return undefined;
  return {
    title: 'Apply every qemu-opts fix',
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: lspEdits(document, applied) } },
  };
}

/** The quick fixes of the findings that touch `range` (read from the command around it). */
export function quickFixes(document: TextDocument, range: Range, settings: LintSettings): CodeAction[] {
  const text = document.getText();
  const window = commandWindow(text, document.offsetAt(range.start), documentMode(document.uri));
  const shift = (e: TextEdit): TextEdit =>
    ({ start: e.start + window.start, end: e.end + window.start, newText: e.newText });
  const actions: CodeAction[] = [];
  for (const finding of lintDocument(document.uri, window.text, settings).diagnostics) {
    if (finding.fix === undefined) continue;
    const edits = finding.fix.edits.map(shift);
    const diagnostic = toLspDiagnostic(finding);
    diagnostic.range = { start: document.positionAt(finding.start.offset + window.start),
      end: document.positionAt(finding.end.offset + window.start) };
    if (!touches(diagnostic.range, range)) continue;
    actions.push({
      title: finding.fix.description,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [document.uri]: lspEdits(document, edits) } },
    });
  }
  return actions;
}
