import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * Disagreements the differential test found between qemu-opts and QEMU 7.2, each fixed:
 * the command line (after the runner's base words) and QEMU's verdict (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['value sets of -action', ['-action', 'shutdown=reset'],
    "Parameter 'shutdown' does not accept value 'reset'"],
  ['a flag gives the value on', ['-action', 'watchdog,shutdown=poweroff'],
    "Parameter 'watchdog' does not accept value 'on'"],
  ['-no-shutdown sets shutdown=pause after an empty shutdown=', ['-action', 'shutdown=,', '-no-shutdown'], null],
  ['a later use of a merging list overrides a bad value', ['-action', 'panic=bad', '-action', 'panic=none'], null],
  ['-rtc clock values', ['-rtc', 'clock=realtime'], "invalid option value 'realtime'"],
  ['-rtc base must be utc, localtime or a date', ['-rtc', 'base=now'], 'invalid datetime format'],
  ['-rtc base: anything after the date is ignored', ['-rtc', 'base=2006-6-7xyz'], null],
  ['-sandbox keys are read once enable is on, whatever came first',
    ['-sandbox', 'off,enable,resourcecontrol=x'], 'invalid argument for resourcecontrol'],
  ['-sandbox keys are not read when it is off', ['-sandbox', 'off,spawn=x'], null],
  ['-mon mode values', ['-chardev', 'null,id=c', '-mon', 'chardev=c,mode=qmp'],
    "Parameter 'mode' does not accept value 'qmp'"],
  ['-icount rr values', ['-icount', 'rr=off'], 'Invalid icount rr option: off'],
  ['-global DRIVER.PROP= shorthand', ['-global', 'isa-fdc.driveA='], null],
  ['-global shorthand splits at the first dot', ['-global', 'a.b.=on'], null],
  ['7.2 reads -overcommit mem-lock as a bool', ['-overcommit', 'mem-lock=maybe'],
    "Parameter 'mem-lock' expects 'on' or 'off'"],
  ['a parse-time error is reported before a late value check',
    ['-action', 'panic=bad', '-chardev', 'null,id=d', '-chardev', 'null,id=d'],
    "Duplicate ID 'd' for chardev"],
  ['an unknown -smp member holding a subtree is still "Parameter \'smp.a\' is unexpected"',
    ['-smp', '14,a.b=1'], "Parameter 'smp.a' is unexpected"],
  ['an unknown -boot member holding a subtree', ['-boot', 'zz,a.b=1,strict=n'],
    "Parameter 'boot.a' is unexpected"],
];

for (const [title, argv, error] of CASES) {
  test(`issue 4 differential: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

testQemu72Verdicts('issue 4 differential: QEMU 7.2 still gives these verdicts', CASES);
