import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as api from '../src/index.js';

test('lintOption: positions refer to "-OPTION ARGUMENT"', () => {
  const result = api.lintOption('run-with', 'exit-with-parent=maybe', { host: 'linux' });
  assert.deepEqual(
    result.diagnostics.map((d) => [d.code, d.start.offset, d.end.offset, d.message]),
    [['invalid-bool', 27, 32, "Parameter 'exit-with-parent' expects 'on' or 'off'"]],
  );
  assert.equal(result.source.text, '-run-with exit-with-parent=maybe');
  assert.deepEqual(api.lintOption('-S').diagnostics, []);
  assert.deepEqual(
    api.lintOption('m').diagnostics.map((d) => d.code),
    ['missing-argument'],
  );
});

test('lintText and lintArgv use the built-in catalog by default', () => {
  const text = "# start\nqemu-system-x86_64 -m 4G \\\n  -name 'guest=a,debug-threads=1'\n";
  const result = api.lintText(text, { host: 'linux', file: 'start.sh' });
  assert.deepEqual(
    result.diagnostics.map((d) => [d.file, d.start.line, d.start.column, d.code]),
    [['start.sh', 3, 32, 'invalid-bool']],
  );
  const argv = api.lintArgv(['qemu-system-x86_64', '-name', 'guest=a b,debug-threads=1'], {
    host: 'linux',
  });
  assert.equal(argv.source.text, "qemu-system-x86_64 -name 'guest=a b,debug-threads=1'");
  assert.equal(
    argv.source.text.slice(argv.diagnostics[0].start.offset, argv.diagnostics[0].end.offset),
    '1',
  );
});

test('the parse and value exports behave as QEMU does', () => {
  const parsed = api.parseQemuOpts('a=1,,x,b', { commandLine: false });
  assert.deepEqual(
    parsed.entries.map((e) => [e.key, e.value]),
    [
      ['a', '1,x'],
      ['b', 'on'],
    ],
  );
  assert.deepEqual(api.parseBool('k', 'maybe'), {
    ok: false,
    code: 'invalid-bool',
    message: "Parameter 'k' expects 'on' or 'off'",
  });
  assert.equal(api.formatListHelp('memory', []), 'There are no options for memory.\n');
  assert.ok(api.BUILTIN_CATALOG.releases.includes('10.2'));
});

test('the browser bundle imports no node: module', () => {
  const bundle = fileURLToPath(new URL('../../dist/browser/qemu-opts.js', import.meta.url));
  const code = readFileSync(bundle, 'utf8');
  assert.doesNotMatch(code, /(from|import|require)\s*\(?\s*["']node:/);
});

test('a deprecated option gets QEMU\'s own warning and its replacement as a fix', () => {
  const result = api.lintOption('chroot', '/srv', { host: 'linux', qemuVersion: '8.1' });
  assert.deepEqual(
    result.diagnostics.map((d) => [d.code, d.severity, d.message, d.hint, d.fix?.edits]),
    [[
      'deprecated',
      'warning',
      "option is deprecated, use '-run-with chroot=...' instead",
      '-chroot is deprecated since QEMU 8.1; use -run-with chroot=DIR',
      [{ start: 0, end: 12, newText: '-run-with chroot=/srv' }],
    ]],
  );
});
