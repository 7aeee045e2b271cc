import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { formatDiagnosticLine } from '../../src/cli/commands/hx-cli-common.js';
import { runCli } from '../cli/run-cli.js';

// An outside tester's report: `check-hx garbage.bin` printed hundreds of findings with raw
// control bytes on stdout, where `lint` refuses the same file with `unreadable-input`; and a
// crash of the CLI printed Node's stack with a line of minified bundle and exit status 1,
// the status of "findings".

const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/;
const NUL_REFUSED = new RegExp(':2:1: binary file: not a (\\.hx file|catalog) ' +
  '\\(it contains NUL bytes\\) \\[unreadable-input\\]\\n$');
const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-binary-'));
const garbage = join(dir, 'garbage.bin');
writeFileSync(garbage, Buffer.from([
  ...Buffer.from('DEF("x", 0, QEMU_OPTION_x, "\x1b]0;pwned\x07", QEMU_ARCH_ALL)\n'),
  0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x0a,
]));
const latin1 = join(dir, 'latin1.hx');
writeFileSync(latin1, Buffer.from('HXCOMM caf\xe9\n', 'latin1'));

test('check-hx, import-hx and --catalog refuse a binary file as lint does: exit 2', async () => {
  const lint = await runCli(['lint', garbage]);
  assert.equal(lint.status, 2);
  const runs = [['check-hx', garbage], ['import-hx', '--release', '7.2', garbage],
    ['help', '--catalog', garbage], ['docs', '--format', 'rst', '--catalog', garbage]];
  for (const args of runs) {
    const run = await runCli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.out, '', args.join(' '));
    assert.match(run.err, NUL_REFUSED);
    assert.doesNotMatch(run.err, RAW_CONTROL);
  }
});

test('invalid UTF-8 is refused at its byte', async () => {
  const run = await runCli(['check-hx', latin1]);
  assert.equal(run.status, 2);
  assert.match(run.err, /latin1\.hx:1:11: not UTF-8 text \[unreadable-input\]\n$/);
});

test('check-hx findings show control characters from the file as \\xNN', () => {
  const line = formatDiagnosticLine({ file: 'a\x1b.hx', start: { line: 1, column: 2, offset: 1 },
    end: { line: 1, column: 3, offset: 2 }, severity: 'error', code: 'hx-syntax',
    message: "unexpected '\x1b[2J'" });
  assert.equal(line, "a\\x1b.hx:1:2: error: unexpected '\\x1b[2J' [hx-syntax]\n");
});

test('an exception inside a command: one line on stderr and exit 70, not 1', async () => {
  const io = capturedIo();
  io.stdout = () => {
    throw new RangeError('Maximum call stack size exceeded\n    at somewhere (x.js:1:1)');
  };
  const status = await main(['lint', '--', 'qemu-system-x86_64', '-m', '1G,x'], io);
  assert.equal(status, 70);
  assert.equal(io.err, 'qemu-opts: internal error (RangeError: Maximum call stack size ' +
    'exceeded at somewhere (x.js:1:1)); please report it with the command that caused it\n');
});

test('the bin ends an uncaught exception the same way', () => {
  const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin',
    'qemu-opts.cjs');
  const preload = join(dir, 'late-throw.cjs');
  writeFileSync(preload, "setTimeout(() => { throw new TypeError('late\\nfailure'); }, 0);\n");
  const run = spawnSync(process.execPath, ['-r', preload, bin, 'lint', '-'],
    { input: 'qemu-system-x86_64\n'.repeat(20000), encoding: 'utf8' });
  assert.equal(run.status, 70, run.stderr);
  assert.equal(run.stderr, 'qemu-opts: internal error (TypeError: late failure); please ' +
    'report it with the command that caused it\n');
});
