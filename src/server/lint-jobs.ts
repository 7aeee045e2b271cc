import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { LintSettings } from '../validator/lint-context.js';

/**
 * Scheduling the linting of open documents: after an edit the document waits a moment for
 * the next one, only its newest version is linted, and a result for a version that has
 * since changed is dropped. The lint itself runs through a {@link LintRunner}, in the server
 * a worker thread.
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
}

/** A runner's reply: the diagnostics, or why there are none. */
export type LintReply =
  | { id: number; diagnostics: LspDiagnostic[]; error?: undefined }
  | { id: number; error: string; diagnostics?: undefined };

/** Lints a document somewhere (a worker thread, or in-process for tests). */
export type LintRunner = (job: LintJob) => Promise<LintReply>;

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
  running: boolean;
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
   */
  constructor(private readonly run: LintRunner, private readonly sink: LintSink,
    private readonly delayMs = 150) {}

  /** Schedules a lint of `uri` at `version`; an older waiting version is replaced. */
  schedule(uri: string, version: number, text: string, settings: LintSettings): void {
    const state = this.documents.get(uri) ?? { running: false, latest: version };
    this.documents.set(uri, state);
    state.latest = version;
    state.pending = { version, text, settings };
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.drain(uri, state);
    }, this.delayMs);
  }

  /** Forgets `uri` (closed): a lint still running for it publishes nothing. */
  forget(uri: string): void {
    const state = this.documents.get(uri);
    if (state?.timer !== undefined) clearTimeout(state.timer);
    this.documents.delete(uri);
  }

  /** Lints the newest waiting version of `uri`, one lint at a time per document. */
  private async drain(uri: string, state: DocumentState): Promise<void> {
    if (state.running) return;
    state.running = true;
    while (state.pending !== undefined) {
      const { version, text, settings } = state.pending;
      state.pending = undefined;
      const reply = await this.run({ id: this.nextId++, uri, text, settings });
      if (this.documents.get(uri) !== state || version !== state.latest) continue;
      if (reply.error !== undefined) this.sink.failed(uri, reply.error);
      else this.sink.publish(uri, version, reply.diagnostics);
    }
    state.running = false;
  }
}
