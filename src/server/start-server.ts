import {
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BUILTIN_CATALOG } from '../catalog/builtin-catalog.js';
import { LintContext, type LintSettings } from '../validator/lint-context.js';
import {
  FIX_ALL_KIND,
  asksFor,
  codeActions,
  fixAllAction,
  offersFixAll,
  quickFixes,
} from './code-actions.js';
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
 * lints on a worker thread. Whole-document work (diagnostics, fix-all) goes through the lint
 * runner, so the connection's own thread only ever reads the command under a cursor.
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
 * `runLint` (in `main.ts`, a worker thread), debounced per document; so does the fix-all
 * code action, which `$/cancelRequest` cancels. A runner that does not know the `fix-all`
 * kind (it answers without `edits`) gets the fix-all action computed in-process instead.
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
    scheduler.maxDiagnostics = resolved.maxDiagnostics;
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
  let fixAllJobs = 0;
  const fixAll = async (document: TextDocument, token: CancellationToken):
      Promise<CodeAction | undefined | ResponseError<void>> => {
    const { version, uri } = document;
    const text = document.getText();
    const cancel = new AbortController();
    const listening = token.onCancellationRequested(() => cancel.abort());
    const reply = await runLint({ id: --fixAllJobs, uri, text, settings, kind: 'fix-all' },
      cancel.signal).finally(() => listening.dispose());
    if (reply.cancelled || token.isCancellationRequested) {
      return new ResponseError(LSPErrorCodes.RequestCancelled, 'fix-all cancelled');
    }
    if (reply.error !== undefined) throw new Error(reply.error);
    if (documents.get(uri)?.version !== version) return undefined;
    if (reply.edits === undefined) {
      return codeActions(document, { start: { line: 0, character: 0 },
        end: { line: 0, character: 0 } }, settings, [FIX_ALL_KIND])[0];
    }
    return fixAllAction(document, reply.edits);
  };
  connection.onCodeAction((params: CodeActionParams, token) => guarded(async () => {
    const document = documents.get(requestDocument(params));
    if (document === undefined) return [];
    const range = { start: requestPosition(params, 'range.start'),
      end: requestPosition(params, 'range.end') };
    const given = (params as { context?: { only?: unknown } }).context?.only;
    const only = Array.isArray(given) ? given.filter((k) => typeof k === 'string') : undefined;
    const actions: CodeAction[] = asksFor(only, CodeActionKind.QuickFix)
      ? quickFixes(document, range, settings) : [];
    if (!offersFixAll(only, document.getText().length)) return actions;
    const all = await fixAll(document, token);
    if (all instanceof ResponseError) return all;
    return all === undefined ? actions : [...actions, all];
  }));

  documents.listen(connection);
  connection.listen();
}

/** Runs a request handler; malformed parameters become LSP's InvalidParams error. */
function guarded<T>(handler: () => T): T | ResponseError<void> {
  try {
    const result = handler();
    return result instanceof Promise ? result.catch(invalidParams) as T : result;
  } catch (error) {
    return invalidParams(error);
  }
}

/** LSP's InvalidParams error for a malformed request; anything else is thrown on. */
function invalidParams(error: unknown): ResponseError<void> {
  if (error instanceof TypeError && error.name === 'InvalidParams') {
    return new ResponseError(ErrorCodes.InvalidParams, error.message);
  }
  throw error;
}
