import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  lintArgv,
  lintOption,
  lintText,
  parseJsonArg,
  parseKeyval,
  escapeQemuOptsValue,
  parseBool,
  parseNumber,
  parseQemuOpts,
  parseSize,
  parseWithParamList,
  QemuOptsUsageError,
  splitShell,
} from '../../src/index.js';

/**
 * Calls the library cannot take throw a QemuOptsUsageError naming the option and value,
 * instead of being read wrongly in silence (an unknown host read as non-POSIX, a bad
 * version switching version checks off) or failing deep inside with a TypeError.
 */

type Call = [string, () => unknown, string, unknown];
const argv = ['qemu-system-x86_64', '-m', '1G'];
const CALLS: Call[] = [
  ['version not X.Y', () => lintArgv(argv, { qemuVersion: 'banana' }), 'qemuVersion', 'banana'],
  ['version a number', () => lintArgv(argv, { qemuVersion: 7.2 as never }), 'qemuVersion', 7.2],
  ['unknown host', () => lintArgv(argv, { host: 'plan9' as never }), 'host', 'plan9'],
  ['host in capitals', () => lintArgv(argv, { host: 'Linux' as never }), 'host', 'Linux'],
  ['unknown target', () => lintText('qemu-system-x86_64', { target: 'z80' }), 'target', 'z80'],
  ['lintText(null)', () => lintText(null as never), 'text', null],
  ['argv word not a string', () => lintArgv(['qemu', 1 as never]), 'argv[1]', 1],
  ['lintOption argument', () => lintOption('m', 4 as never), 'argument', 4],
  ['parseQemuOpts(undefined)', () => parseQemuOpts(undefined as never), 'text', undefined],
  ['parseKeyval(42)', () => parseKeyval(42 as never), 'text', 42],
  ['parseJsonArg({})', () => parseJsonArg({} as never), 'text', {}],
  ['splitShell(null)', () => splitShell(null as never), 'text', null],
  ['lintText mode', () => lintText('qemu', { mode: 'bash' as never }), 'mode', 'bash'],
  ['parseBool version a number', () => parseBool('k', 'on', 7.2 as never), 'qemuVersion', 7.2],
  ['parseBool(undefined value)', () => parseBool('k', undefined as never), 'value', undefined],
  ['parseNumber(1)', () => parseNumber('k', 1 as never), 'value', 1],
  ['parseSize(null)', () => parseSize('k', null as never), 'value', null],
  ['parseWithParamList(0)', () => parseWithParamList(0 as never, { params: {} }), 'text', 0],
  ['escapeQemuOptsValue(1)', () => escapeQemuOptsValue(1 as never), 'value', 1],
];

for (const [title, call, option, value] of CALLS) {
  test(`${title} throws QemuOptsUsageError naming '${option}'`, () => {
    assert.throws(call, (e: unknown) => {
      assert.ok(e instanceof QemuOptsUsageError);
      assert.equal(e.name, 'QemuOptsUsageError');
      assert.equal(e.option, option);
      assert.deepEqual(e.value, value);
      return true;
    });
  });
}

test('valid options are still accepted', () => {
  const run = ['qemu-system-x86_64', '-run-with', 'chroot=/x'];
  assert.deepEqual(lintArgv(run, { host: 'freebsd', qemuVersion: '10.2.1' }).diagnostics, []);
  const arm = lintArgv(argv, { qemuVersion: '7.2', target: 'aarch64' }).diagnostics;
  assert.deepEqual(arm.filter((d) => d.severity !== 'info'), []);
});
