import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { TextEdit } from '../diagnostics/diagnostic.js';
import type { LintSettings } from '../validator/lint-context.js';

/**
 * Scheduling the linting of open documents: after an edit the document waits a moment for
 * the next one, only its newest version is linted, and a lint of a version that has since
 * changed is cancelled (its result would be dropped anyway). The lint itself runs through a
 * {@link LintRunner}, in the server a worker thread.
 *
 * @module
 */

/** One lint request sent to a runner. */
export interface LintJob {
  /** Sequence number, to pair the reply with its request. */
  id: number;
  /** The document. */
  uri: string;
  /** Its whole text. */
  text: string;
  /** The settings to lint with. */
  settings: LintSettings;
  /**
   * What to compute: `diagnostics` (the default) or `fix-all`, the edits of every
   * machine-applicable fix (`qemu-opts lint --fix`).
   */
  kind?: 'diagnostics' | 'fix-all';
  /** For diagnostics: the most to return (see `limitedDocumentDiagnostics`). */
  maxDiagnostics?: number;
}

/** A runner's reply: the diagnostics (and fix edits when asked), or why there are none. */
export type LintReply =
  | { id: number; diagnostics: LspDiagnostic[]; edits?: TextEdit[]; error?: undefined;
    cancelled?: undefined }
  | { id: number; error: string; diagnostics?: undefined; cancelled?: undefined }
  | { id: number; cancelled: true; error?: undefined; diagnostics?: undefined };

/**
 * Lints a document somewhere (a worker thread, or in-process for tests). When `signal`
 * aborts, the runner may stop the lint and answer `cancelled`.
 */
export type LintRunner = (job: LintJob, signal?: AbortSignal) => Promise<LintReply>;

/** What the scheduler does with a finished lint. */
export interface LintSink {
  /** Publishes the diagnostics of `uri` at `version`. */
  publish(uri: string, version: number, diagnostics: LspDiagnostic[]): void;
  /** Reports a lint that failed (a defect of ours), for the client's log. */
  failed(uri: string, message: string): void;
}

/** Per document: the newest version waiting to be linted, and whether a lint runs. */
interface DocumentState {
  timer?: ReturnType<typeof setTimeout>;
  running?: AbortController;
  pending?: { version: number; text: string; settings: LintSettings };
  latest: number;
}

/** Debounces and serializes the linting of each document (see the module comment). */
export class LintScheduler {
  private readonly documents = new Map<string, DocumentState>();
  private nextId = 1;

  /**
   * @param run - where lints run
   * @param sink - where results go
   * @param delayMs - how long an edited document waits for the next edit
   * @param maxDiagnostics - the most diagnostics a lint returns per document
   */
  constructor(private readonly run: LintRunner, private readonly sink: LintSink,
    private readonly delayMs = 150, public maxDiagnostics?: number) {}

  /**
   * Schedules a lint of `uri` at `version`: an older waiting version is replaced, and a
   * running lint of an older version is cancelled.
   */
  schedule(uri: string, version: number, text: string, settings: LintSettings): void {
    const state = this.documents.get(uri) ?? { latest: version };
    this.documents.set(uri, state);
    state.latest = version;
    state.pending = { version, text, settings };
    state.running?.abort();
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.drain(uri, state);
    }, this.delayMs);
  }

  /** Forgets `uri` (closed): a lint still running for it is cancelled and publishes nothing. */
  forget(uri: string): void {
    const state = this.documents.get(uri);
    if (state?.timer !== undefined) clearTimeout(state.timer);
    state?.running?.abort();
    this.documents.delete(uri);
  }

  /** Lints the newest waiting version of `uri`, one lint at a time per document. */
  private async drain(uri: string, state: DocumentState): Promise<void> {
    if (state.running !== undefined) return;
    while (state.pending !== undefined && this.documents.get(uri) === state) {
      const { version, text, settings } = state.pending;
      state.pending = undefined;
      const running = new AbortController();
      state.running = running;
      const reply = await this.run({ id: this.nextId++, uri, text, settings,
        ...(this.maxDiagnostics === undefined ? {} : { maxDiagnostics: this.maxDiagnostics }) },
      running.signal);
      state.running = undefined;
      if (this.documents.get(uri) !== state || version !== state.latest) continue;
      if (reply.error !== undefined) this.sink.failed(uri, reply.error);
      else if (reply.diagnostics !== undefined) this.sink.publish(uri, version, reply.diagnostics);
    }
  }
}
