import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LintScheduler, type LintJob, type LintReply } from '../../src/server/lint-jobs.js';

/** A runner whose lints finish when the test says so. */
function manualRunner() {
  const jobs: Array<{ job: LintJob; signal?: AbortSignal;
    finish: (reply?: Partial<LintReply>) => void; }> = [];
  const run = (job: LintJob, signal?: AbortSignal) => new Promise<LintReply>((resolve) => {
    jobs.push({ job, signal, finish: (reply) => resolve({ id: job.id, diagnostics: [], ...reply } as
      LintReply) });
  });
  return { jobs, run };
}

/** A sink that records what it is given. */
function recordingSink() {
  const published: Array<[string, number]> = [];
  const failures: string[] = [];
  return {
    published, failures,
    publish: (uri: string, version: number) => { published.push([uri, version]); },
    failed: (_uri: string, message: string) => { failures.push(message); },
  };
}

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

test('edits in quick succession are linted once, at their newest version', async () => {
  const runner = manualRunner();
  const sink = recordingSink();
  const scheduler = new LintScheduler(runner.run, sink, 1);
  scheduler.schedule('u', 1, 'a', {});
  scheduler.schedule('u', 2, 'ab', {});
  await tick();
  assert.deepEqual(runner.jobs.map((j) => j.job.text), ['ab']);
  runner.jobs[0].finish();
  await tick();
  assert.deepEqual(sink.published, [['u', 2]]);
});

test('a lint of a version edited meanwhile is dropped; the newer one follows', async () => {
  const runner = manualRunner();
  const sink = recordingSink();
  const scheduler = new LintScheduler(runner.run, sink, 1);
  scheduler.schedule('u', 1, 'a', {});
  await tick();
  scheduler.schedule('u', 2, 'ab', {});
  await tick();
  assert.equal(runner.jobs.length, 1, 'one lint at a time per document');
  runner.jobs[0].finish();
  await tick();
  assert.deepEqual(sink.published, []);
  assert.deepEqual(runner.jobs.map((j) => j.job.text), ['a', 'ab']);
  runner.jobs[1].finish();
  await tick();
  assert.deepEqual(sink.published, [['u', 2]]);
});

test('a closed document publishes nothing; a failed lint is reported, not published',
  async () => {
    const runner = manualRunner();
    const sink = recordingSink();
    const scheduler = new LintScheduler(runner.run, sink, 1);
    scheduler.schedule('closed', 1, 'a', {});
    scheduler.schedule('broken', 1, 'b', {});
    await tick();
    scheduler.forget('closed');
    runner.jobs.find((j) => j.job.uri === 'closed')!.finish();
    runner.jobs.find((j) => j.job.uri === 'broken')!.finish({ error: 'boom' });
    await tick();
    assert.deepEqual(sink.published, []);
    assert.deepEqual(sink.failures, ['boom']);
  });

test('a running lint is cancelled when a newer version or a close supersedes it', async () => {
  const runner = manualRunner();
  const sink = recordingSink();
  const scheduler = new LintScheduler(runner.run, sink, 1);
  scheduler.schedule('u', 1, 'a', {});
  scheduler.schedule('closed', 1, 'c', {});
  await tick();
  assert.equal(runner.jobs[0].signal?.aborted, false);
  scheduler.schedule('u', 2, 'ab', {});
  scheduler.forget('closed');
  assert.equal(runner.jobs[0].signal?.aborted, true, 'version 1 is no longer wanted');
  assert.equal(runner.jobs[1].signal?.aborted, true, 'the closed document is no longer wanted');
  runner.jobs[0].finish({ cancelled: true });
  await tick();
  assert.deepEqual(runner.jobs.map((j) => j.job.text), ['a', 'c', 'ab']);
  runner.jobs[2].finish();
  await tick();
  assert.deepEqual(sink.published, [['u', 2]]);
  assert.deepEqual(sink.failures, []);
});
