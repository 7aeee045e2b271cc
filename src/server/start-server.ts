import {
  CodeActionKind,
  ErrorCodes,
  MessageType,
  ResponseError,
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
import { commandWindow } from './command-window.js';
import { completionsFor } from './completion.js';
import { cursorContext, type CursorContext } from './cursor-context.js';
import { documentMode } from './document-mode.js';
import { hoverFor } from './hover.js';
import { LintScheduler, type LintRunner } from './lint-jobs.js';
import { requestDocument, requestPosition } from './request-params.js';
import { resolveSettings, settingsSection } from './settings.js';

/**
 * The qemu-opts language server: diagnostics for every open document (shell scripts and
 * libvirt `.args` files with QEMU command lines), quick fixes and a fix-all action, hover
 * and completion. It runs on any LSP connection; `main.ts` gives it one over stdio, with
 * lints on a worker thread.
 *
 * @module
 */

/** What a request needs to read the command under a cursor. */
interface CursorRead {
  context: CursorContext;
  ctx: LintContext;
  cursor: number;
  document: TextDocument;
  windowStart: number;
}

/**
 * Registers every feature on `connection` and starts listening on it. Lints run through
 * `runLint` (in `main.ts`, a worker thread), debounced per document.
 */
export function startLanguageServer(connection: Connection, runLint: LintRunner): void {
  const documents = new TextDocuments(TextDocument);
  let settings: LintSettings = {};
  const scheduler = new LintScheduler(runLint, {
    publish: (uri, version, diagnostics) =>
      void connection.sendDiagnostics({ uri, version, diagnostics }),
    failed: (uri, message) => connection.console.error(`qemu-opts: lint of ${uri}: ${message}`),
  });

  const useSettings = (raw: unknown): void => {
    const resolved = resolveSettings(raw);
    settings = resolved.lint;
    // A notification, not a request: nothing waits for the user to dismiss it.
    for (const problem of resolved.problems) {
      void connection.sendNotification(ShowMessageNotification.type,
        { type: MessageType.Warning, message: problem });
    }
  };
  const lint = (document: TextDocument): void =>
    scheduler.schedule(document.uri, document.version, document.getText(), settings);
  const read = (params: unknown): CursorRead | undefined => {
    const document = documents.get(requestDocument(params));
    if (document === undefined) return undefined;
    const cursor = document.offsetAt(requestPosition(params));
    const mode = documentMode(document.uri);
    const window = commandWindow(document.getText(), cursor, mode);
    const ctx = new LintContext(BUILTIN_CATALOG, settings);
    const context = cursorContext(window.text, cursor - window.start, mode, ctx);
    return { context, ctx, cursor, document, windowStart: window.start };
  };

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
    useSettings(settingsSection(params?.settings));
    documents.all().forEach(lint);
  });
  documents.onDidChangeContent((event) => lint(event.document));
  documents.onDidClose((event) => {
    scheduler.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onHover((params) => guarded(() => {
    const at = read(params);
    return at === undefined ? null : hoverFor(at.context, at.ctx);
  }));
  connection.onCompletion((params) => guarded(() => {
    const at = read(params);
    if (at === undefined) return [];
    return completionsFor(at.context, at.cursor - at.windowStart, at.ctx, (start, end) => ({
      start: at.document.positionAt(start + at.windowStart),
      end: at.document.positionAt(end + at.windowStart),
    }), settings.target);
  }));
  connection.onCodeAction((params) => guarded(() => {
    const document = documents.get(requestDocument(params));
    if (document === undefined) return [];
    const range = { start: requestPosition(params, 'range.start'),
      end: requestPosition(params, 'range.end') };
    const only = (params as { context?: { only?: unknown } }).context?.only;
    return codeActions(document, range, settings,
      Array.isArray(only) ? only.filter((k) => typeof k === 'string') : undefined);
  }));

  documents.listen(connection);
  connection.listen();
}

/** Runs a request handler; malformed parameters become LSP's InvalidParams error. */
function guarded<T>(handler: () => T): T | ResponseError<void> {
  try {
    return handler();
  } catch (error) {
    if (error instanceof TypeError && error.name === 'InvalidParams') {
      return new ResponseError(ErrorCodes.InvalidParams, error.message);
    }
    throw error;
  }
}
