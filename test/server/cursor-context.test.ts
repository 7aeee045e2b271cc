import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_CATALOG } from '../../src/catalog/builtin-catalog.js';
import { itemAt } from '../../src/server/argument-item.js';
import { cursorContext } from '../../src/server/cursor-context.js';
import { LintContext } from '../../src/validator/lint-context.js';

const ctx = new LintContext(BUILTIN_CATALOG, { qemuVersion: '10.2' });

/** The context at the `|` of `marked` (the bar is removed first). */
function at(marked: string, mode: 'script' | 'args' = 'script') {
  const offset = marked.indexOf('|');
  return cursorContext(marked.replace('|', ''), offset, mode, ctx);
}

test('items split at single commas; ,, is a comma inside a value', () => {
  assert.deepEqual(itemAt('file=a,,b,format=raw', 3), { start: 0, end: 9, equals: 4, first: true });
  assert.deepEqual(itemAt('file=a,,b,format=raw', 12),
    { start: 10, end: 20, equals: 16, first: false });
  assert.deepEqual(itemAt('a,', 2), { start: 2, end: 2, equals: -1, first: false });
});

test('an option word, an argument, and the gap after an option that wants one', () => {
  const option = at('qemu-system-x86_64 -ma|');
  assert.equal(option.kind, 'option');
  assert.equal(option.kind === 'option' && option.entry, undefined);
  const argument = at('qemu-system-x86_64 -rtc base=u|tc');
  assert.equal(argument.kind, 'argument');
  assert.equal(argument.kind === 'argument' && argument.before, 6);
  const gap = at('qemu-system-x86_64 -rtc |');
  assert.equal(gap.kind === 'argument' && gap.entry.name, 'rtc');
  const next = at('qemu-system-x86_64 -S |');
  assert.equal(next.kind, 'option');
});

test('a new line ends a script command, but not a continued one or an .args file', () => {
  assert.equal(at('qemu-system-x86_64 -S\n|').kind, 'none');
  assert.equal(at('qemu-system-x86_64 -S \\\n  |').kind, 'option');
  assert.equal(at('qemu-system-x86_64\n-rtc\n|', 'args').kind, 'argument');
  assert.equal(at('echo qemu-system-x86_64 -|').kind, 'none');
  assert.equal(at('qemu-system-|x86_64').kind, 'none');
});
