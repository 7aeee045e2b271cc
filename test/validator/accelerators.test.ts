import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

/** Our findings on accelerators for `argv`, as [severity, message]. */
function findings(argv: string[], host = 'linux', qemuVersion = '7.2'): [string, string][] {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', ...argv],
    { host: host as 'linux', qemuVersion, target: 'x86_64' });
  return diagnostics.filter((d) => d.message.startsWith('invalid accelerator'))
    .map((d) => [d.severity, d.message]);
}

test('an unknown accelerator is an error when no -accel is left, else a warning', () => {
  assert.deepEqual(findings(['-accel', 'foo']), [['error', 'invalid accelerator foo']]);
  assert.deepEqual(findings(['-accel', 'foo', '-accel', 'tcg']), [['warning', 'invalid accelerator foo']]);
  assert.deepEqual(findings(['-accel', 'tcg', '-accel', 'kvm']), []);
});

test('accelerators per host and release', () => {
  assert.deepEqual(findings(['-accel', 'hvf']), [['error', 'invalid accelerator hvf']]);
  assert.deepEqual(findings(['-accel', 'hvf'], 'darwin'), []);
  assert.deepEqual(findings(['-accel', 'kvm'], 'darwin'), [['error', 'invalid accelerator kvm']]);
  assert.deepEqual(findings(['-accel', 'whpx'], 'windows'), []);
  assert.deepEqual(findings(['-accel', 'nvmm'], 'netbsd'), []);
  assert.deepEqual(findings(['-accel', 'hax'], 'darwin', '7.2'), []);
  assert.deepEqual(findings(['-accel', 'hax'], 'darwin', '8.2'), [['error', 'invalid accelerator hax']]);
});

test('QEMU 7.2 on Linux agrees on unknown accelerators', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    for (const argv of [['-accel', 'foo'], ['-accel', 'hvf'], ['-accel', 'foo', '-accel', 'tcg'],
      ['-accel', 'tcg']]) {
      const qemu = await qemuVerdict(argv, sandbox);
      const errors = findings(argv).filter(([severity]) => severity === 'error');
      if (qemu.outcome === 'ok') assert.deepEqual(errors, [], argv.join(' '));
      else assert.ok(errors.some(([, m]) => m === qemu.error?.message), argv.join(' '));
    }
  } finally {
    sandbox.dispose();
  }
});
