import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

/**
 * `-d` log items and the `-D` file name, which QEMU 7.2 reads after every option: an item
 * it does not know makes it print its item list and exit with status 1 (`list`), with no
 * message; `trace:help` lists trace events and exits with status 0 (`help`); a file name
 * it refuses stops it with a message; null: it runs.
 */
type Verdict = null | 'list' | 'help' | { error: string };

const TID = "Filename template with '%d' required for 'tid'";

const CASES: Array<[string, string[], Verdict]> = [
  ['known items', ['-d', 'int,guest_errors,unimp'], null],
  ['an unknown item', ['-d', 'bogus'], 'list'],
  ['an unknown item after known ones', ['-d', 'int,bogus'], 'list'],
  ['help is not an item', ['-d', 'help'], 'list'],
  ['no item at all', ['-d', ''], 'list'],
  ['an empty item', ['-d', 'int,'], 'list'],
  ['an item 7.2 does not have yet', ['-d', 'vpu'], 'list'],
  ['plugin, in a build with plugins', ['-d', 'plugin'], null],
  ['trace events, even unknown ones (a warning)', ['-d', 'trace:nosuch_event'], null],
  ['trace: with no pattern is no item', ['-d', 'trace:'], 'list'],
  ['trace:help lists the trace events', ['-d', 'trace:help'], 'help'],
  ['the last -d counts', ['-d', 'bogus', '-d', 'int'], null],
  ['tid needs a %d file name', ['-d', 'tid'], { error: TID }],
  ['all includes tid', ['-d', 'all'], { error: TID }],
  ['tid with a %d file name', ['-d', 'tid', '-D', 'log%d.txt'], null],
  ['a file name with %d and no tid', ['-D', 'log%d.txt'], null],
  ['a % that is not %d', ['-D', 'log%x'], { error: 'Bad logfile template: log%x' }],
  ['two %d', ['-d', 'int', '-D', 'a%d%d'], { error: 'Bad logfile template: a%d%d' }],
  ['an unknown item is found before the file name', ['-d', 'bogus', '-D', 'log%x'], 'list'],
];

/** Our verdict on `argv`, in the terms of the table. */
function ours(argv: string[]): Verdict {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', ...argv],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  if (diagnostics.some((d) => d.code === 'log-item')) return 'list';
  if (diagnostics.some((d) => d.code === 'help-request')) return 'help';
  const error = diagnostics.find((d) => d.severity === 'error');
  return error ? { error: error.message } : null;
}

for (const [title, argv, verdict] of CASES) {
  test(`-d/-D: ${title}`, () => assert.deepEqual(ours(argv), verdict));
}

test('-d/-D: the finding sits on the unknown item, with its own code', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-d', 'int,bogus'],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'log-item');
  assert.equal(diagnostics[0].severity, 'error');
  assert.equal(diagnostics[0].start.column, 27);
  assert.equal(diagnostics[0].end.column, 32);
});

test('-d/-D: items of 10.2 are known there and unsure in between', () => {
  const codes = (version: string): string[] => lintArgv(['qemu-system-x86_64', '-d', 'vpu'],
    { qemuVersion: version, host: 'linux', target: 'x86_64' }).diagnostics.map((d) => d.code);
  assert.deepEqual(codes('10.2'), []);
  assert.deepEqual(codes('10.0'), []);
  assert.deepEqual(codes('7.2'), ['log-item']);
});

test('-d/-D: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    for (const [title, argv, verdict] of CASES) {
      const qemu = await qemuVerdict(argv, sandbox);
      if (verdict === null) assert.equal(qemu.outcome, 'ok', title);
      else if (verdict === 'list' || verdict === 'help') {
        assert.equal(qemu.outcome, 'exit-early', title);
        assert.equal(qemu.status, verdict === 'list' ? 1 : 0, title);
      } else assert.equal(qemu.error?.message, verdict.error, title);
    }
  } finally {
    sandbox.dispose();
  }
});
