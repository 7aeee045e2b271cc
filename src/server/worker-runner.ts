import { Worker } from 'node:worker_threads';
import type { LintJob, LintReply, LintRunner } from './lint-jobs.js';

/**
 * A {@link LintRunner} on a worker thread (`lint-worker.js`), started on first use. A
 * worker that dies is replaced, and the jobs it held are answered with an error.
 *
 * @module
 */

/** Creates a runner that lints in a worker thread; `close` stops the worker. */
export function workerLintRunner(): { run: LintRunner; close: () => Promise<void> } {
  let worker: Worker | undefined;
  const waiting = new Map<number, (reply: LintReply) => void>();

  const failAll = (message: string): void => {
    for (const [id, resolve] of waiting) resolve({ id, error: message });
    waiting.clear();
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./lint-worker.js', import.meta.url));
    w.on('message', (reply: LintReply) => {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    });
    w.on('error', (error) => failAll(`lint worker failed: ${error.message}`));
    w.on('exit', () => {
      if (worker === w) worker = undefined;
      failAll('lint worker stopped');
    });
    w.unref();
    return w;
  };
  const run: LintRunner = (job: LintJob) => new Promise((resolve) => {
    worker ??= start();
    waiting.set(job.id, resolve);
    worker.postMessage(job);
  });
  const close = async (): Promise<void> => {
    const w = worker;
    worker = undefined;
    if (w) await w.terminate();
  };
  return { run, close };
}
