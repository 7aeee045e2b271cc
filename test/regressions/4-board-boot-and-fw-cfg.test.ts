import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * What x86 boards of QEMU 7.2 check when they build the machine (`-boot` ranges and PC boot
 * letters) and `-fw_cfg` items, added once the machine exists, for machine types the
 * built-in build facts know; each pinned to the binary's message (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['a PC boots from a, b, c, d and n only', ['-M', 'pc', '-boot', 'order=e'],
    "Invalid boot device for PC: 'e'"],
  ['q35 too, and once as well', ['-M', 'q35', '-boot', 'once=p'],
    "Invalid boot device for PC: 'p'"],
  ['a PC takes three boot devices at most', ['-M', 'pc', '-boot', 'order=abcd'],
    'Too many boot devices for PC'],
  ['order is written before once', ['-M', 'pc', '-boot', 'once=e,order=ab'],
    "Invalid boot device for PC: 'e'"],
  ['the letters every machine refuses come first', ['-M', 'pc', '-boot', 'order=e,once=z'],
    "Invalid boot device 'z'"],
  ['microvm has no CMOS boot order', ['-M', 'microvm', '-boot', 'order=e'], null],
  ['machine none neither', ['-machine', 'none', '-boot', 'order=e'], null],
  ['splash-time above 65535', ['-M', 'pc', '-boot', 'splash-time=70000'],
    'splash-time is invalid,it should be a value between 0 and 65535'],
  ['splash-time below 0, on microvm', ['-M', 'microvm', '-boot', 'splash-time=-1'],
    'splash-time is invalid,it should be a value between 0 and 65535'],
  ['splash-time comes before the letters', ['-M', 'pc', '-boot', 'order=e,splash-time=70000'],
    'splash-time is invalid,it should be a value between 0 and 65535'],
  ['reboot-timeout of -1', ['-M', 'pc', '-boot', 'reboot-timeout=-1'], null],
  ['reboot-timeout of -2', ['-M', 'pc', '-boot', 'reboot-timeout=-2'],
    'reboot timeout is invalid,it should be a value between -1 and 65535'],
  ['reboot-timeout above 65535, on isapc', ['-M', 'isapc', '-boot', 'reboot-timeout=70000'],
    'reboot timeout is invalid,it should be a value between -1 and 65535'],
  ['no range on machine none', ['-machine', 'none', '-boot', 'splash-time=70000'], null],
  ['machine none has no fw_cfg device', ['-machine', 'none', '-fw_cfg', 'name=opt/x,string=1'],
    'fw_cfg device not available'],
  ['an item with a string', ['-M', 'pc', '-fw_cfg', 'name=opt/x,string=1'], null],
  ['an item with nothing in it', ['-M', 'pc', '-fw_cfg', 'name=opt/x'],
    'name, plus exactly one of file, string and gen_id, are needed'],
  ['an item with an empty string', ['-M', 'pc', '-fw_cfg', 'name=opt/x,string='],
    'name, plus exactly one of file, string and gen_id, are needed'],
  ['an item with two contents', ['-M', 'q35', '-fw_cfg', 'name=opt/x,string=1,file=f'],
    'name, plus exactly one of file, string and gen_id, are needed'],
  ['an item without a name', ['-M', 'pc', '-fw_cfg', 'string=1'],
    'name, plus exactly one of file, string and gen_id, are needed'],
  ['a name of 56 bytes', ['-M', 'pc', '-fw_cfg', `name=opt/${'a'.repeat(52)},string=1`],
    'name too long (max. 55 char)'],
  ['a name of 55 bytes', ['-M', 'pc', '-fw_cfg', `name=opt/${'a'.repeat(51)},string=1`], null],
  ['a name twice', ['-M', 'pc', '-fw_cfg', 'name=opt/x,string=1', '-fw_cfg',
    'name=opt/x,string=2'], 'duplicate fw_cfg file name: opt/x'],
  ['items are added in order', ['-M', 'pc', '-fw_cfg', 'name=opt/x', '-fw_cfg',
    `name=opt/${'a'.repeat(60)},string=1`],
  'name, plus exactly one of file, string and gen_id, are needed'],
];

for (const [title, argv, error] of CASES) {
  test(`board checks: ${title}`, () => {
    assert.deepEqual(ourErrors72(argv), error === null ? [] : [error]);
  });
}

test('board checks: a name outside opt/ is a warning', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-M', 'pc', '-fw_cfg',
    'name=x,string=1'], { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.message]), [['fw-cfg-item',
    'warning', 'externally provided fw_cfg item names should be prefixed with "opt/"']]);
});

test('board checks: without build facts for the release, nothing is said', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-M', 'pc', '-boot', 'order=e',
    '-fw_cfg', 'name=opt/x'], { qemuVersion: '10.2', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
});

testQemu72Verdicts('board checks: QEMU 7.2 still gives these verdicts', CASES);
