import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workerLintRunner } from '../../src/server/worker-runner.js';

/** The lint worker thread: jobs in order, cancellation of a running or waiting job, close. */

const LINE = 'qemu-system-x86_64 -m 8GB -bogus -drive file=a,readonly\n';
const BIG = LINE.repeat(Math.ceil(2_000_000 / LINE.length));
const limit = { timeout: 120_000 };

test('a cancelled lint is answered at once as cancelled; the next job still runs', limit,
  async () => {
    const runner = workerLintRunner();
    const running = new AbortController();
    const waiting = new AbortController();
    const big = runner.run({ id: 1, uri: 'file:///big.sh', text: BIG, settings: {} },
      running.signal);
    const queued = runner.run({ id: 2, uri: 'file:///q.sh', text: LINE, settings: {} },
      waiting.signal);
    const small = runner.run({ id: 3, uri: 'file:///s.sh', text: LINE, settings: {} });
    await new Promise((r) => setTimeout(r, 300));
    waiting.abort();
    assert.deepEqual(await queued, { id: 2, cancelled: true });
    running.abort();
    assert.deepEqual(await big, { id: 1, cancelled: true });
    const reply = await small;
    assert.equal(reply.id, 3);
    assert.deepEqual(reply.diagnostics?.map((d) => d.code),
      ['invalid-size', 'invalid-option', 'short-form-boolean']);
    await runner.close();
    assert.deepEqual(await runner.run({ id: 4, uri: 'file:///s.sh', text: LINE, settings: {} }),
      { id: 4, cancelled: true });
  });
