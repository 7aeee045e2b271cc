import { Worker } from 'node:worker_threads';
import type { LintJob, LintReply, LintRunner } from './lint-jobs.js';

/**
 * A {@link LintRunner} on a worker thread (`lint-worker.js`), started on first use. The
 * worker gets one job at a time; the others wait here, in order. A job whose signal aborts
 * while it waits is answered `cancelled` at once, and one that aborts while it runs stops the worker (a lint is
 * one synchronous computation, and terminating its thread is the only way to end it early),
 * which the next job replaces. A worker that dies is replaced too, and the job it held is
 * answered with an error. After `close`, every job is answered `cancelled`. The worker keeps
 * the process alive only while it has a job.
 *
 * @module
 */

/** A job with what answers it. */
interface Queued {
  job: LintJob;
  signal?: AbortSignal;
  resolve: (reply: LintReply) => void;
}

/** Creates a runner that lints in a worker thread; `close` stops the worker for good. */
export function workerLintRunner(): { run: LintRunner; close: () => Promise<void> } {
  let worker: Worker | undefined;
  let current: Queued | undefined;
  const queue: Queued[] = [];
  let closed = false;

  const finish = (reply: LintReply): void => {
    const done = current;
    current = undefined;
    done?.resolve({ ...reply, id: done.job.id } as LintReply);
    next();
    // An idle worker does not keep the process alive; a working one does.
    if (current === undefined) worker?.unref();
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./lint-worker.js', import.meta.url));
    w.on('message', (reply: LintReply) => {
      if (worker === w) finish(reply);
    });
    w.on('error', (error) => {
      if (worker === w) finish({ id: 0, error: `lint worker failed: ${error.message}` });
    });
    w.on('exit', () => {
      if (worker !== w) return;
      worker = undefined;
      if (current !== undefined) finish({ id: 0, error: 'lint worker stopped' });
    });
    w.unref();
    return w;
  };
  const stopWorker = (): Promise<unknown> => {
    const w = worker;
    worker = undefined;
    return w === undefined ? Promise.resolve() : w.terminate();
  };
  const next = (): void => {
    while (current === undefined && queue.length > 0) {
      const item = queue.shift()!;
      if (closed || item.signal?.aborted) {
        item.resolve({ id: item.job.id, cancelled: true });
        continue;
      }
      current = item;
      worker ??= start();
      worker.ref();
      worker.postMessage(item.job);
    }
  };
  const run: LintRunner = (job, signal) => new Promise((resolve) => {
    const item: Queued = { job, signal, resolve };
    signal?.addEventListener('abort', () => {
      if (current === item) {
        void stopWorker();
        finish({ id: job.id, cancelled: true });
      } else if (queue.includes(item)) {
        queue.splice(queue.indexOf(item), 1);
        resolve({ id: job.id, cancelled: true });
      }
    }, { once: true });
    queue.push(item);
    next();
  });
  const close = async (): Promise<void> => {
    closed = true;
    const held = current;
    current = undefined;
    held?.resolve({ id: held.job.id, cancelled: true });
    next();
    await stopWorker();
  };
  return { run, close };
}
