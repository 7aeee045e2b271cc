import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BUILTIN_CATALOG } from '../catalog/builtin-catalog.js';
import { LintContext, type LintSettings } from '../validator/lint-context.js';
import { FIX_ALL_KIND, codeActions } from './code-actions.js';
import { completionsFor } from './completion.js';
import { cursorContext } from './cursor-context.js';
import { documentDiagnostics } from './document-diagnostics.js';
import { documentMode } from './document-mode.js';
import { hoverFor } from './hover.js';
import { resolveSettings, settingsSection } from './settings.js';

/**
 * The qemu-opts language server: diagnostics for every open document (shell scripts and
 * libvirt `.args` files with QEMU command lines), quick fixes and a fix-all action, hover
 * and completion. It runs on any LSP connection; `main.ts` gives it one over stdio.
 *
 * @module
 */

/** Registers every feature on `connection` and starts listening on it. */
export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: LintSettings = {};

  const useSettings = (raw: unknown): void => {
    const resolved = resolveSettings(raw);
    settings = resolved.lint;
    // A notification, not a request: nothing waits for the user to dismiss it.
    for (const problem of resolved.problems) {
      void connection.sendNotification(ShowMessageNotification.type,
        { type: MessageType.Warning, message: problem });
    }
  };
  const publish = (document: TextDocument): void => {
    const diagnostics = documentDiagnostics(document.uri, document.getText(), settings);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version,
      diagnostics });
  };
  const context = (): LintContext => new LintContext(BUILTIN_CATALOG, settings);

  connection.onInitialize((params): InitializeResult => {
    useSettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['-', ',', '='] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'qemu-opts' },
    };
  });
  connection.onDidChangeConfiguration((params) => {
    useSettings(settingsSection(params.settings));
    documents.all().forEach(publish);
  });
  documents.onDidChangeContent((event) => publish(event.document));
  documents.onDidClose((event) => {
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (document === undefined) return null;
    const at = cursorContext(document.getText(), document.offsetAt(position),
      documentMode(document.uri), context());
    return hoverFor(at, context());
  });
  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (document === undefined) return [];
    const cursor = document.offsetAt(position);
    const ctx = context();
    const at = cursorContext(document.getText(), cursor, documentMode(document.uri), ctx);
    return completionsFor(at, cursor, ctx, (start, end) => ({
      start: document.positionAt(start), end: document.positionAt(end),
    }), settings.target);
  });
  connection.onCodeAction(({ textDocument, range, context: request }) => {
    const document = documents.get(textDocument.uri);
    if (document === undefined) return [];
    return codeActions(document, range, settings, request.only);
  });

  documents.listen(connection);
  connection.listen();
}
