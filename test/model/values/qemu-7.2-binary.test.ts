import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseBool } from '../../../src/model/values/parse-bool.js';
import { parseNumber } from '../../../src/model/values/parse-number.js';
import { parseSize } from '../../../src/model/values/parse-size.js';
import type { ValueResult } from '../../../src/model/values/value-result.js';

// Checks the value converters against the real QEMU 7.2 binary (Debian bookworm), whose
// size rules predate 8.0/8.1, so sizes are converted with `qemuVersion: '7.2'`.
const QEMU = process.env.QEMU_SYSTEM_X86_64 ?? '/usr/bin/qemu-system-x86_64';
const skip = existsSync(QEMU) ? false : `QEMU binary ${QEMU} is not installed`;

/** Runs QEMU with `option arg` until QMP quit; returns exit status and stderr. */
function runQemu(option: string, arg: string): { status: number | null; stderr: string } {
  const args = ['-machine', 'none', '-nodefaults', '-display', 'none', '-S', '-qmp', 'stdio',
    option, arg];
  const input = '{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n';
  const run = spawnSync(QEMU, args, { input, encoding: 'utf8', timeout: 20000 });
  return { status: run.status, stderr: run.stderr };
}

/** What QEMU 7.2 prints for a result of ours: the error and hint lines, or warnings. */
function expectedStderr(option: string, arg: string, result: ValueResult<unknown>): string {
  const where = `qemu-system-x86_64: ${option} ${arg}: `;
  if (!result.ok) return where + result.message + '\n' + (result.hint ? result.hint + '\n' : '');
  return result.warning ? where + 'warning: ' + result.warning.message + '\n' : '';
}

const cases: [string, string, string, () => ValueResult<unknown>][] = [];
for (const v of ['on', 'yes', 'true', 'y', 'off', 'n', 'On', '1', '', 'maybe']) {
  cases.push(['-msg', 'timestamp=' + v, v, () => parseBool('timestamp', v)]);
}
for (const v of ['0', '052', '0x1f', '-1', ' 7', '08', '3.14', '1k', '', '18446744073709551615',
  '18446744073709551616', '-18446744073709551616']) {
  cases.push(['-option-rom', 'romfile=/nonexistent,bootindex=' + v, v,
    () => parseNumber('bootindex', v)]);
}
// -m appends M to a value that ends in a digit and reads it again, so accepted values here
// end in a suffix.
for (const v of ['1k', '1.5k', '1.k', ' 2k', '+1k', '1M', '-1', '-1k', '.5k', '1.5',
  '1e3', '16Gi', '1kB', '16E', '18446744073709551616', '', 'k', '0x', '1.5e3k', '0x1k']) {
  cases.push(['-m', 'size=' + v, v, () => parseSize('size', v, { qemuVersion: '7.2' })]);
}

test('value conversion agrees with QEMU 7.2 on -msg, -option-rom and -m', { skip }, () => {
  for (const [option, arg, value, convert] of cases) {
    const result = convert();
    const qemu = runQemu(option, arg);
    assert.equal(qemu.status, result.ok ? 0 : 1, `${option} ${arg} (${value})`);
    const expected = expectedStderr(option, arg, result);
    // -m reads its size twice, so QEMU repeats a warning (the second time without location).
    const shown = result.ok && result.warning ? qemu.stderr.slice(0, expected.length) : qemu.stderr;
    assert.equal(shown, expected, `${option} ${arg}`);
  }
});
