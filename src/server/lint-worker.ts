import { parentPort } from 'node:worker_threads';
import { documentDiagnostics } from './document-diagnostics.js';
import type { LintJob, LintReply } from './lint-jobs.js';

/**
 * The worker thread that lints documents for the language server, so that a long lint (a
 * document of many megabytes) never keeps the server from answering hover, completion or
 * the next edit.
 *
 * @module
 */

parentPort?.on('message', (job: LintJob) => {
  let reply: LintReply;
  try {
    reply = { id: job.id, diagnostics: documentDiagnostics(job.uri, job.text, job.settings) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
