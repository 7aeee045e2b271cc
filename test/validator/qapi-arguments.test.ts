import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { releasesFor } from '../../src/validator/qapi-arguments.js';

// Which release's QAPI facts apply (catalog/qapi-types.json samples 7.2, 10.0 and 10.2).
// qcow2's discard-no-unref came in 8.2 (QEMU's block-core.json says so); gtk's
// keep-aspect-ratio in 10.1.

const errors = (argv: string[], qemuVersion: string) =>
  lintArgv(['qemu-system-x86_64', ...argv], { qemuVersion, host: 'linux' }).diagnostics
    .filter((d) => d.severity === 'error').map((d) => d.message);

// The node that file= names must come first (QEMU opens -blockdev nodes in order).
const qcow2 = ['-blockdev', 'driver=null-co,node-name=f',
  '-blockdev', 'driver=qcow2,node-name=a,file=f,discard-no-unref=on'];
const gtk = ['-display', 'gtk,keep-aspect-ratio=on'];

test('a member the chosen release lacks is unexpected', () => {
  assert.deepEqual(errors(qcow2, '7.2'), ["Parameter 'discard-no-unref' is unexpected"]);
  assert.deepEqual(errors(gtk, '10.0'), ["Parameter 'keep-aspect-ratio' is unexpected"]);
});

test('a member the chosen release has passes', () => {
  assert.deepEqual(errors(qcow2, '10.0'), []);
  assert.deepEqual(errors(gtk, '10.2'), []);
});

test('between sampled releases, a member only one neighbour has is no error', () => {
  assert.deepEqual(errors(qcow2, '9.0'), []);
  assert.deepEqual(errors(gtk, '10.1'), []);
});

test('between sampled releases, what both neighbours reject is reported', () => {
  assert.deepEqual(errors(['-blockdev', 'driver=qcow2,node-name=a,file=f,nosuch=1'], '8.1'),
    ["Parameter 'nosuch' is unexpected"]);
});

test('releasesFor: exact, between, outside', () => {
  const sampled = ['7.2', '10.0', '10.2'];
  assert.deepEqual(releasesFor('7.2.22', sampled), ['7.2']);
  assert.deepEqual(releasesFor('9.1', sampled), ['7.2', '10.0']);
  assert.deepEqual(releasesFor('10.1', sampled), ['10.0', '10.2']);
  assert.deepEqual(releasesFor('6.2', sampled), []);
  assert.deepEqual(releasesFor('11.0', sampled), []);
});

test('a member whose condition is false on the host is unexpected there', () => {
  // -audiodev alsa exists only where CONFIG_AUDIO_ALSA (Linux builds).
  const alsa = ['-audiodev', 'alsa,id=a'];
  assert.deepEqual(errors(alsa, '10.2'), []);
  const windows = lintArgv(['qemu-system-x86_64', ...alsa], { qemuVersion: '10.2',
    host: 'windows' }).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  assert.deepEqual(windows, ["Parameter 'driver' does not accept value 'alsa'"]);
});

test('-audio (10.x): model is taken out and the id defaults, the rest is an Audiodev', () => {
  assert.deepEqual(errors(['-audio', 'none,model=sb16'], '10.2'), []);
  assert.deepEqual(errors(['-audio', 'none,foo=1'], '10.2'), ["Parameter 'foo' is unexpected"]);
  assert.deepEqual(errors(['-audio', 'driver=none,out.frequency=y'], '10.0'),
    ["Parameter 'out.frequency' expects integer"]);
});
