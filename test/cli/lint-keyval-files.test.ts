import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

/**
 * A libvirt-style command line with JSON -object/-device/-blockdev/-audiodev, keyval
 * -blockdev/-display/-audiodev, -drive dotted keys and `,,` escapes (QEMU 7.2 runs it, with
 * the paths pointing at files that exist), and a broken copy whose every error was checked
 * against QEMU 7.2 one by one.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'test', 'fixtures', 'lint');

/** `line:column-line:column code message` for each finding of `--format json` output. */
function located(json: string): string[] {
  return (JSON.parse(json) as { start: any; end: any; code: string; message: string }[]).map(
    (d) => `${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column} ${d.code} ${d.message}`,
  );
}

test('JSON and keyval arguments of a libvirt command line: no finding, 7.2 and newest', async () => {
  for (const release of [['--qemu-version', '7.2'], []]) {
    const file = join(fixtures, 'libvirt-guest2.args');
    const run = await runCli(['lint', '--host', 'linux', ...release, '--format', 'json', file]);
    assert.equal(run.status, 0, run.out);
    assert.deepEqual(JSON.parse(run.out), [], release.join(' '));
  }
});

test('each keyval and JSON error of the broken copy: QEMU 7.2 message at line:column', async () => {
  const file = join(fixtures, 'libvirt-guest2-broken.args');
  const run = await runCli(['lint', '--host', 'linux', '--qemu-version', '7.2', '--format',
    'json', file]);
  assert.equal(run.status, 1);
  assert.deepEqual(located(run.out), [
    "7:63-7:65 machine-member-type Parameter 'dump-guest-core' expects 'on' or 'off'",
    '10:75-10:76 json-syntax JSON parse error, expecting value',
    "11:8-11:14 machine-member-unexpected Parameter 'smp.socket' is unexpected",
    "12:17-12:21 keyval-missing-equals Expected '=' after parameter 'menu'",
    "13:18-13:20 member-type Parameter 'gl' does not accept value 'of'",
    '16:72-16:77 json-syntax JSON parse error, expected separator in dict',
    "18:167-18:173 json-type Invalid parameter type for 'cache.direct', expected: boolean",
    "19:56-19:61 json-type Invalid parameter type for 'read-only', expected: boolean",
    "21:61-21:69 keyval-invalid-key Invalid parameter '2024.raw'",
    "22:65-22:67 member-type Parameter 'read-only' expects 'on' or 'off'",
    '26:43-26:44 json-syntax JSON parse error, expecting value',
    "27:26-27:35 keyval-missing-equals Expected '=' after parameter 'in.voices'",
  ]);
});
