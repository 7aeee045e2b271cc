import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseQemuOpts } from '../../src/model/parse-qemu-opts.js';
import type { QemuOptsParseOptions } from '../../src/model/qemu-opts-result.js';

// parseQemuOpts's own findings (short-form warnings, ID errors, help stops) against what
// the real QEMU 7.2 binary prints for the same strings.
const QEMU = process.env.QEMU_SYSTEM_X86_64 ?? '/usr/bin/qemu-system-x86_64';
const skip = existsSync(QEMU) ? false : `QEMU binary ${QEMU} is not installed`;

/** Runs QEMU with one option; returns status, stdout and stderr. */
function runQemu(option: string, arg: string) {
  const args = ['-machine', 'none', '-nodefaults', '-display', 'none', '-S', '-qmp', 'stdio',
    option, arg];
  const input = '{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n';
  return spawnSync(QEMU, args, { input, encoding: 'utf8', timeout: 20000 });
}

/** What QEMU prints on stderr for our diagnostics of `option arg`. */
function stderrFor(option: string, arg: string, options: QemuOptsParseOptions): string {
  return parseQemuOpts(arg, options).diagnostics.map((d) => {
    const level = d.severity === 'warning' ? 'warning: ' : '';
    const hint = d.hint ? d.hint + '\n' : '';
    return `qemu-system-x86_64: ${option} ${arg}: ${level}${d.message}\n${hint}`;
  }).join('');
}

const accepted: [string, string, QemuOptsParseOptions][] = [
  ['-chardev', 'null,id=c0,nodelay', { impliedKey: 'backend' }],
  ['-chardev', 'null,id=c1,delay', { impliedKey: 'backend' }],
  ['-name', 'a,,b', { impliedKey: 'guest', mergeLists: true }],
  ['-name', 'guest=a,debug-threads', { impliedKey: 'guest', mergeLists: true }],
  ['-msg', 'notimestamp', { helpStops: true }],
];
const rejected: [string, string, QemuOptsParseOptions][] = [
  ['-name', 'guest=a,id=x', { impliedKey: 'guest', mergeLists: true }],
  ['-msg', 'timestamp=on,id=1x', { helpStops: true }],
  ['-msg', 'timestamp=on,id=', { helpStops: true }],
];

test('short-form warnings and ID errors read as QEMU 7.2 prints them', { skip }, () => {
  for (const [option, arg, options] of [...accepted, ...rejected]) {
    const run = runQemu(option, arg);
    assert.equal(run.status, accepted.some((a) => a[1] === arg) ? 0 : 1, arg);
    assert.equal(run.stderr, stderrFor(option, arg, options), arg);
  }
});

test('a help flag stops the parse where QEMU 7.2 prints the list help', { skip }, () => {
  for (const arg of ['timestamp=on,help', 'notimestamp,?']) {
    const parsed = parseQemuOpts(arg, { helpStops: true });
    assert.ok(parsed.help, arg);
    const run = runQemu('-msg', arg);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^msg options:\n/);
    assert.equal(run.stderr, stderrFor('-msg', arg, { helpStops: true }));
  }
});
