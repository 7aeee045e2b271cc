import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Param } from '../../src/catalog/types.js';
import type { OptsEntry } from '../../src/model/qemu-opts-result.js';
import { checkValueSets } from '../../src/validator/value-sets.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const facts = JSON.parse(readFileSync(join(root, 'catalog', 'facts', 'values.json'), 'utf8'));

/** The list's string params with their value sets, as the catalog gets them. */
function paramsOf(list: string): Param[] {
  const paramFacts = facts.lists[list]?.paramFacts ?? {};
  return Object.entries(paramFacts).map(([name, f]) => ({
    name, type: 'string', values: (f as { values: string[] }).values,
  }));
}

/** Entries of a string without `,,` (enough for these cases; the grammar has its own tests). */
function entriesOf(text: string, impliedKey?: string): OptsEntry[] {
  let at = 0;
  return text.split(',').map((item, i) => {
    const eq = item.indexOf('=');
    const start = at;
    at += item.length + 1;
    if (eq < 0 && i === 0 && impliedKey) {
      return { key: impliedKey, value: item, form: 'implied', itemSpan: { start, end: start + item.length } };
    }
    return {
      key: item.slice(0, eq), value: item.slice(eq + 1), form: 'pair',
      keySpan: { start, end: start + eq }, valueSpan: { start: start + eq + 1, end: start + item.length },
      itemSpan: { start, end: start + item.length },
    };
  });
}

/** Cases: option, list, implied key, argument, words QEMU needs before it. */
const CASES: [string, string, string | undefined, string, string[]][] = [
  ['-action', 'action', undefined, 'panic=bad', []],
  ['-action', 'action', undefined, 'panic=none,panic=bad', []],
  ['-action', 'action', undefined, 'panic=bad,panic=none', []],
  ['-action', 'action', undefined, 'shutdown=pause,reboot=reset,watchdog=inject-nmi', []],
  ['-action', 'action', undefined, 'reboot=pause', []],
  ['-mon', 'mon', 'chardev', 'chardev=c,mode=x', ['-chardev', 'null,id=c']],
  ['-mon', 'mon', 'chardev', 'chardev=c,mode=control', ['-chardev', 'null,id=c']],
  ['-sandbox', 'sandbox', 'enable', 'on,spawn=x', []],
  ['-sandbox', 'sandbox', 'enable', 'off,spawn=x', []],
  ['-sandbox', 'sandbox', 'enable', 'on,resourcecontrol=children', []],
  ['-sandbox', 'sandbox', 'enable', 'on,obsolete=allow,spawn=deny', []],
  ['-rtc', 'rtc', undefined, 'clock=x', []],
  ['-rtc', 'rtc', undefined, 'clock=vm,driftfix=slew', []],
  ['-rtc', 'rtc', undefined, 'driftfix=fast', []],
  ['-icount', 'icount', 'shift', 'auto,rr=x', []],
  ...['xyz', '11', '-1', '08', '3x', 'shift=', '1.5', '0x', '0', '10', '0x3', '0X3', '010', '+3', '-0',
    ' 3', 'auto', 'xyz,rr=bad', 'align=off', 'align=on', 'sleep=off']
    .map((arg): [string, string, string | undefined, string, string[]] =>
      ['-icount', 'icount', 'shift', arg, []]),
  ...['2006-06-17', '2006-6-7xyz', ' +2006-06-17', 'localtime', '-1', 'now', '2006-06', 'UTC']
    .map((base): [string, string, string | undefined, string, string[]] =>
      ['-rtc', 'rtc', undefined, `base=${base}`, []]),
];

test('value sets reach the verdict and the message of QEMU 7.2', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    for (const [option, list, implied, argument, before] of CASES) {
      const qemu = await qemuVerdict([...before, option, argument], sandbox);
      const ours = checkValueSets(list, entriesOf(argument, implied), paramsOf(list));
      const label = `${option} ${argument}`;
      if (qemu.outcome === 'ok') assert.deepEqual(ours, [], label);
      else assert.equal(ours[0]?.message, qemu.error?.message, label);
    }
  } finally {
    sandbox.dispose();
  }
});

test('the finding points at the last value of the key', () => {
  const [finding] = checkValueSets('action', entriesOf('panic=none,panic=bad'), paramsOf('action'));
  assert.deepEqual([finding.code, finding.span], ['invalid-value', { start: 17, end: 20 }]);
});

test('mem-lock accepts on, off and on-fault once it is a string parameter (10.0+)', () => {
  const params = paramsOf('overcommit');
  assert.deepEqual(checkValueSets('overcommit', entriesOf('mem-lock=on-fault'), params), []);
  const [bad] = checkValueSets('overcommit', entriesOf('mem-lock=yes'), params);
  assert.equal(bad.message, "parameter 'mem-lock' expects one of 'on', 'off', 'on-fault'");
});

test('-display types and gl values in the catalog match what QEMU 7.2 on Linux parses', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const display = facts.lists.display.paramFacts;
  const linuxTypes = (display.type.values as string[]).filter((v) => v !== 'cocoa');
  const sandbox = createSandbox();
  try {
    const rejects = async (arg: string, key: string, value: string): Promise<boolean> => {
      const qemu = await qemuVerdict(['-display', arg], sandbox);
      return qemu.error?.message === `Parameter '${key}' does not accept value '${value}'`;
    };
    // Types that would open a window, a terminal UI or launch a client are not started.
    for (const type of linuxTypes.filter((t) => ['none', 'gtk', 'sdl', 'egl-headless'].includes(t))) {
      assert.equal(await rejects(type, 'type', type), false, type);
    }
    // (vnc is no type: QEMU reads -display vnc=DISPLAY specially.)
    for (const type of ['foo', 'cocoa']) assert.equal(await rejects(type, 'type', type), true, type);
    for (const gl of display.gl.values as string[]) {
      assert.equal(await rejects(`none,gl=${gl}`, 'gl', gl), false, gl);
    }
    assert.equal(await rejects('none,gl=yes', 'gl', 'yes'), true);
  } finally {
    sandbox.dispose();
  }
});
