import { parentPort } from 'node:worker_threads';
import { applyFixes } from '../diagnostics/apply-fixes.js';
import {
  documentDiagnostics,
  limitedDocumentDiagnostics,
  lintDocument,
} from './document-diagnostics.js';
import type { LintJob, LintReply } from './lint-jobs.js';

/**
 * The worker thread that lints documents for the language server, so that a long lint (a
 * document of many megabytes) never keeps the server from answering hover, completion,
 * the next edit or `shutdown`; the server ends a lint it no longer needs by terminating
 * this thread.
 *
 * @module
 */

/** What `job` asks for. */
function answer(job: LintJob): LintReply {
  if (job.kind === 'fix-all') {
    const fixed = applyFixes(job.text, lintDocument(job.uri, job.text, job.settings).diagnostics);
    return { id: job.id, diagnostics: [], edits: fixed.applied };
  }
  const diagnostics = job.maxDiagnostics === undefined
    ? documentDiagnostics(job.uri, job.text, job.settings)
    : limitedDocumentDiagnostics(job.uri, job.text, job.settings, job.maxDiagnostics);
  return { id: job.id, diagnostics };
}

parentPort?.on('message', (job: LintJob) => {
  let reply: LintReply;
  try {
    reply = answer(job);
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
