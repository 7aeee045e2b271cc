import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, qemuAvailable, qemuVerdict } from './qemu-runner.js';
import { readReports } from './qemu-verdict.js';

const skip = qemuAvailable() ? false : 'qemu-system-x86_64 is not installed';

test('stderr lines are split into location, warning flag, message and hint', () => {
  const stderr =
    'qemu-system-x86_64: -msg timestamp: warning: short-form boolean option ' +
    "'timestamp' deprecated\nPlease use timestamp=on instead\n" +
    "qemu-system-x86_64: -m 8GB: Parameter 'size' expects a non-negative number below 2^64\n" +
    'qemu-system-x86_64: invalid datetime format\n';
  const reports = readReports(stderr, 'qemu-system-x86_64', ['-msg', 'timestamp', '-m', '8GB']);
  assert.deepEqual(reports.map((r) => [r.location, r.warning]), [
    ['-msg timestamp', true], ['-m 8GB', false], [undefined, false],
  ]);
  assert.deepEqual(reports[0].hint, ['Please use timestamp=on instead']);
  assert.equal(reports[2].message, 'invalid datetime format');
});

test('the runner reads QEMU 7.2 verdicts the spec states', { skip }, async () => {
  const sandbox = createSandbox();
  try {
    const bad = await qemuVerdict(['-msg', 'timestamp=maybe'], sandbox);
    assert.equal(bad.outcome, 'error');
    assert.equal(bad.status, 1);
    assert.equal(bad.error?.location, '-msg timestamp=maybe');
    assert.equal(bad.error?.message, "Parameter 'timestamp' expects 'on' or 'off'");

    const flag = await qemuVerdict(['-msg', 'timestamp'], sandbox);
    assert.equal(flag.outcome, 'ok');
    assert.equal(flag.reports[0].warning, true);
    assert.equal(flag.reports[0].message, "short-form boolean option 'timestamp' deprecated");

    const unknown = await qemuVerdict(['-bogus'], sandbox);
    assert.deepEqual([unknown.error?.location, unknown.error?.message], ['-bogus', 'invalid option']);

    const missing = await qemuVerdict(['-m'], sandbox);
    assert.equal(missing.error?.message, 'requires an argument');

    const help = await qemuVerdict(['-msg', 'help'], sandbox);
    assert.deepEqual([help.outcome, help.status], ['exit-early', 1]);
  } finally {
    sandbox.dispose();
  }
});
