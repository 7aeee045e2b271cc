import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/lint/lint-text.js';
import { createSandbox, mapPool, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

// For option strings of options QEMU 7.2 has, our verdict with --qemu-version 7.2 (error or
// not, and the message after `prgname: option arg: `) must be the one the installed QEMU 7.2
// binary gives.

const skip = qemuAvailable() ? false : 'qemu-system-x86_64 (QEMU 7.2) is not installed';

/** Option words after QEMU's `-machine none -nodefaults -display none -S -qmp stdio`. */
const CASES: string[][] = [
  ['-msg', 'timestamp=on'],
  ['-msg', 'timestamp=yes,guest-name=off'],
  ['-msg', 'timestamp=maybe'],
  ['-msg', 'timestamp=On'],
  ['-msg', 'bogus=1'],
  ['-msg', 'timestamp=on,'],
  ['-msg', ',timestamp=on'],
  ['-msg', 'id=m0,timestamp=off'],
  ['-msg', 'id=0m'],
  ['-name', 'guest=vm1,debug-threads=on'],
  ['-name', 'vm1,process=qemu-vm1'],
  ['-name', 'guest=a,,b'],
  ['-name', 'debug-threads=1'],
  ['-name', 'guest=a,id=x'],
  ['-name', 'guest=a,gust=b'],
  ['-m', '1G'],
  ['-m', 'size=512,slots=2,maxmem=2G'],
  ['-m', '4Gi'],
  ['-m', '-1'],
  ['-m', '18446744073709551616'],
  ['-m', 'slots=two'],
  ['-m', 'slots=18446744073709551616'],
  ['-m', '1.5'],
  ['-rtc', 'base=utc,driftfix=slew'],
  ['-rtc', 'base=utc,foo=1'],
  ['-overcommit', 'mem-lock=off,cpu-pm=off'],
  ['-overcommit', 'cpu-pm=maybe'],
  ['-fw_cfg', 'name=opt/org.example/x,string=y,bogus=1'],
  ['-add-fd', 'fd=3,set=1,opaque=pipe'],
  ['-add-fd', 'fd=x,set=1'],
  ['-add-fd', 'fd=3,set=1,bogus=1'],
  ['-chardev', 'null,id=c0'],
  ['-chardev', 'null,id=0c'],
  ['-chardev', 'null,id=c0,bogus=1'],
  ['-chardev', 'null,id=c0,mux=maybe'],
  ['-chardev', 'null,id=c0,notify'],
  ['-chardev', 'null,id=c0,size=1kB'],
  ['-chardev', 'null,id=c0', '-chardev', 'null,id=c0'],
  ['-bogus'],
  ['--msg', 'timestamp=on'],
  ['-m=1G'],
  ['-m'],
  ['-run-with', 'user=nobody'],
];

test('our verdict and message match QEMU 7.2 on option strings 7.2 has', { skip }, async () => {
  const sandbox = createSandbox();
  try {
    const verdicts = await mapPool(CASES, 4, (words) => qemuVerdict(words, sandbox));
    const mismatches: string[] = [];
    CASES.forEach((words, i) => {
      const qemu = verdicts[i];
      const argv = ['qemu-system-x86_64', ...words];
      const result = lintArgv(argv, { host: 'linux', qemuVersion: '7.2' });
      const ours = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      const theirs = qemu.outcome === 'error' ? qemu.error?.message : undefined;
      if (qemu.outcome !== 'error' && qemu.outcome !== 'ok') {
        mismatches.push(`${words.join(' ')}: QEMU ${qemu.outcome}`);
      } else if (theirs !== ours[0]) {
        mismatches.push(`${words.join(' ')}: QEMU ${theirs ?? 'ok'}, ours ${ours[0] ?? 'ok'}`);
      }
    });
    assert.deepEqual(mismatches, []);
    // The cases cover both verdicts.
    assert.ok(verdicts.filter((v) => v.outcome === 'ok').length >= 10);
    assert.ok(verdicts.filter((v) => v.outcome === 'error').length >= 20);
  } finally {
    sandbox.dispose();
  }
});
