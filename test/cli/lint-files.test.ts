import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'test', 'fixtures', 'lint');
const schema = JSON.parse(
  (await import('node:fs')).readFileSync(join(root, 'schemas', 'diagnostics.schema.json'), 'utf8'),
);
const validateDiagnostics = new Ajv2020.default({ strict: true }).compile(schema);

/** `line:column-line:column code` for each finding of `--format json` output. */
function located(json: string): string[] {
  return (JSON.parse(json) as { start: any; end: any; code: string }[]).map(
    (d) => `${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column} ${d.code}`,
  );
}

test('libvirt-style command line, 61 options: no false error as .args or script', async () => {
  for (const name of ['libvirt-guest1.args', 'libvirt-guest1.sh']) {
    const run = await runCli(['lint', '--host', 'linux', '--format', 'json', join(fixtures, name)]);
    assert.equal(run.status, 0, run.out);
    const severities = JSON.parse(run.out).map((d: { severity: string }) => d.severity);
    assert.deepEqual(
      severities.filter((s: string) => s !== 'info'),
      [],
      name,
    );
  }
});

test('each error of the broken .args copy is at its line and column', async () => {
  const file = join(fixtures, 'libvirt-guest1-broken.args');
  const run = await runCli(['lint', '--host', 'linux', '--format', 'json', file]);
  assert.equal(run.status, 1);
  assert.deepEqual(located(run.out), [
    '8:34-8:35 invalid-bool',
    '19:18-19:22 invalid-parameter',
    '21:33-21:38 invalid-bool',
    '25:1-25:11 invalid-option',
    '26:48-26:52 invalid-parameter',
    '30:1-30:9 removed',
    '48:17-48:28 duplicate-id',
    '67:34-67:38 user-not-portable',
    '68:1-68:5 missing-argument',
  ]);
});

test('each error of the broken script copy is at its line and column', async () => {
  const file = join(fixtures, 'libvirt-guest1-broken.sh');
  const run = await runCli(['lint', '--host', 'linux', '--format', 'json', file]);
  assert.equal(run.status, 1);
  assert.deepEqual(located(run.out), [
    '10:39-10:40 invalid-bool',
    '21:22-21:26 invalid-parameter',
    '23:37-23:42 invalid-bool',
    '27:5-27:15 invalid-option',
    '28:52-28:56 invalid-parameter',
    '32:5-32:13 removed',
    '46:18-46:25 unchecked-substitution',
    '50:21-50:32 duplicate-id',
    '69:38-69:42 user-not-portable',
    '70:5-70:9 missing-argument',
  ]);
});

test('JSON output matches schemas/diagnostics.schema.json', async () => {
  const file = join(fixtures, 'libvirt-guest1-broken.sh');
  const run = await runCli(['lint', '--host', 'linux', '--format', 'json', file]);
  const data = JSON.parse(run.out);
  assert.ok(
    data.some((d: { fix?: unknown }) => d.fix !== undefined),
    'some finding has a fix',
  );
  assert.ok(
    data.some((d: { hint?: unknown }) => d.hint !== undefined),
    'some finding has a hint',
  );
  assert.ok(validateDiagnostics(data), JSON.stringify(validateDiagnostics.errors));
  const old = await runCli(['lint', '--format', 'json', '--qemu-version', '6.0', file]);
  assert.ok(old.out.includes('"version-approximated"'));
  assert.ok(validateDiagnostics(JSON.parse(old.out)), JSON.stringify(validateDiagnostics.errors));
});

test('text output: location, severity, message, code, source line, carets, hint', async () => {
  const run = await runCli(
    ['lint', '--host', 'linux', '-'],
    'qemu-system-x86_64 \\\n  -m 4G,slot=2\n',
  );
  assert.equal(run.status, 1);
  assert.equal(
    run.out,
    "-:2:9: error: Invalid parameter 'slot' [invalid-parameter]\n" +
      '    2 |   -m 4G,slot=2\n' +
      '      |         ^~~~\n' +
      "hint: did you mean 'slots'?\n",
  );
});

test('several files in one run, stdin as -, .args read as such', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-lint-'));
  try {
    writeFileSync(join(dir, 'a.args'), 'LC_ALL=C \\\n/opt/my-emulator \\\n-msg timestamp=of\n');
    writeFileSync(join(dir, 'b.sh'), 'qemu-system-x86_64 -S\n');
    const run = await runCli(
      ['lint', '--host', 'linux', 'a.args', '-', 'b.sh'],
      'qemu-kvm -bogus\n',
      dir,
    );
    assert.equal(run.status, 1);
    assert.deepEqual(
      run.out.split('\n').filter((l) => /^\S+:\d+:\d+:/.test(l)),
      [
        "a.args:2:1: info: '/opt/my-emulator' is not the name of a QEMU system emulator; " +
          'its arguments are read as those of qemu-system-x86_64 [program-name]',
        "a.args:3:16: error: Parameter 'timestamp' expects 'on' or 'off' [invalid-bool]",
        '-:1:10: error: invalid option [invalid-option]',
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exit 0 with warnings only, 2 for a missing file, 2 for usage problems', async () => {
  const warn = await runCli([
    'lint',
    '--host',
    'linux',
    '--',
    'qemu-system-x86_64',
    '-run-with',
    'user=1000',
  ]);
  assert.deepEqual([warn.status, warn.out.includes('warning:')], [0, true]);
  const missing = await runCli(['lint', '/nonexistent/qemu.sh']);
  assert.equal(missing.status, 2);
  assert.match(missing.err, /cannot read '\/nonexistent\/qemu.sh': ENOENT/);
  for (const args of [
    ['lint'],
    ['lint', '--host', 'plan9', 'x'],
    ['lint', '--qemu-version', 'ten', 'x'],
    ['lint', '--target', 'z80', 'x'],
    ['lint', '--format', 'xml', 'x'],
    ['lint', '--frobnicate', 'x'],
    ['lint', 'x', '--', 'qemu-system-x86_64'],
  ]) {
    const run = await runCli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.err, /usage: qemu-opts lint/, args.join(' '));
  }
});

test('bad input is a diagnostic with a position, never an exception', async () => {
  const quote = await runCli(['lint', '-'], "qemu-system-x86_64 \\\n  -name 'guest1\n");
  assert.equal(quote.status, 1);
  assert.match(quote.out, /^-:2:9: error: unterminated single quote \[shell-syntax\]/);
  const binary = await runCli(['lint', '-'], 'qemu\n\0\0\0');
  assert.equal(binary.status, 2);
  assert.match(binary.out, /^-:2:1: error: binary file: not a command line/);
});

test('the bin runs the bundled CLI', () => {
  const bin = join(root, 'bin', 'qemu-opts.mjs');
  const args = [
    bin,
    'lint',
    '--host',
    'linux',
    '--',
    'qemu-system-x86_64',
    '-run-with',
    'exit-with-parent=maybe',
  ];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(
    run.stdout,
    /error: Parameter 'exit-with-parent' expects 'on' or 'off' \[invalid-bool\]/,
  );
  const help = spawnSync(
    process.execPath,
    [bin, 'help', 'run-with', '--qemu-version', '10.2', '--host', 'linux'],
    { encoding: 'utf8' },
  );
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^run-with options:\n {2}async-teardown=<bool \(on\/off\)>\n/);
  const unknown = spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' });
  assert.equal(unknown.status, 2);
});
