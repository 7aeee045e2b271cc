import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importHx } from '../../src/import/hx-to-catalog.js';
import type { HeadingEntry, OptionEntry } from '../../src/catalog/types.js';
import { hxFixture } from '../helpers/qemu-hx-files.js';

const load = (name: string) =>
  importHx(readFileSync(hxFixture(name), 'utf8'), { file: name, release: '9.9' });
const option = (entries: unknown[], name: string) =>
  entries.find((e) => (e as OptionEntry).name === name) as OptionEntry;

test('basic.hx: entries in file order, with arches, flags and docs', () => {
  const { catalog, diagnostics } = load('basic.hx');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(catalog.source, { kind: 'hx', textBy: 'qemu', file: 'basic.hx' });
  assert.deepEqual(catalog.releases, ['9.9']);
  const shape = catalog.entries.map((e) =>
    e.kind === 'heading' ? `H|${e.text}|${e.arches?.join(',') ?? '-'}` : `O|${e.name}`,
  );
  assert.deepEqual(shape, [
    'H|First things:|-', 'O|alpha', 'O|beta', 'O|hidden', 'H||-', 'H||I386',
    'H|Only on PCs:|I386', 'O|gamma', 'H||-', 'H|Last things:|-', 'O|omega',
  ]);
  const beta = option(catalog.entries, 'beta');
  assert.equal(beta.hasArg, true);
  assert.equal(beta.enumName, 'QEMU_OPTION_beta');
  assert.deepEqual(beta.arches, ['ARM', 'I386']);
  assert.deepEqual(beta.help, [
    { text: '-beta size=N[,fast=on|off]\n' },
    { text: '                pick a beta size\n' },
  ]);
  assert.equal(beta.doc, '``-beta size=N[,fast=on|off]``\n    Picks a beta size.\n');
  assert.equal(option(catalog.entries, 'alpha').hasArg, false);
  assert.deepEqual(option(catalog.entries, 'hidden').help, []);
  assert.equal(option(catalog.entries, 'omega').docLabel, 'omega');
  const last = catalog.entries[9] as HeadingEntry;
  assert.equal(last.doc, 'Some words about the last things.\n');
});

test('conditions.hx: DEF and help-line conditions in catalog form', () => {
  const { catalog, diagnostics } = load('conditions.hx');
  assert.deepEqual(diagnostics, []);
  const wide = option(catalog.entries, 'wide');
  assert.equal(wide.condition, undefined);
  assert.deepEqual(
    wide.help.map((l) => l.condition ?? ''),
    ['', '', 'CONFIG_POSIX', '', 'CONFIG_ONE && !CONFIG_TWO',
      '!(CONFIG_ONE && !CONFIG_TWO) && CONFIG_TWO', '!(CONFIG_ONE && !CONFIG_TWO || CONFIG_TWO)'],
  );
  assert.equal(wide.help[3].text, '                b=str names the "thing"\tand\\more\n');
  assert.equal(option(catalog.entries, 'tap').condition, '__linux__ || __FreeBSD__ || __NetBSD__');
  assert.equal(option(catalog.entries, 'posixy').condition, '!_WIN32');
  assert.equal(option(catalog.entries, 'stray').condition, 'CONFIG_POSIX && !EMSCRIPTEN');
  const tail = catalog.entries.slice(-2) as HeadingEntry[];
  assert.deepEqual(tail.map((h) => h.condition), ['CONFIG_TPM', 'CONFIG_TPM']);
});

test('macros between literals take the given values, Debian\'s by default', () => {
  const text = readFileSync(hxFixture('conditions.hx'), 'utf8');
  const debian = option(importHx(text).catalog.entries, 'tap');
  assert.equal(debian.help[0].text, '-tap script=file (default=/etc/qemu-ifup)\n');
  assert.equal(debian.help[1].text, '                port 1234\n');
  const macros = { DEFAULT_NETWORK_SCRIPT: '/usr/local/etc/qemu-ifup', DEFAULT_GDBSTUB_PORT: '9' };
  const own = option(importHx(text, { macros }).catalog.entries, 'tap');
  assert.equal(own.help[0].text, '-tap script=file (default=/usr/local/etc/qemu-ifup)\n');
});

test('an unknown macro is a warning at its position', () => {
  const text = 'DEFHEADING(A:)\nDEF("a", 0, E,\n  "x=" NO_SUCH_MACRO "\\n", QEMU_ARCH_ALL)\n';
  const { diagnostics } = importHx(text, { file: 'f.hx' });
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'hx-unknown-macro');
  assert.equal(diagnostics[0].severity, 'warning');
  assert.deepEqual([diagnostics[0].start.line, diagnostics[0].start.column], [3, 8]);
});

test('unbalanced SRST/ERST and #if/#endif are errors with file, line and column', () => {
  const { diagnostics } = load('unbalanced.hx');
  const found = diagnostics.map((d) => [d.file, d.code, d.start.line, d.start.column]);
  assert.deepEqual(found, [
    ['unbalanced.hx', 'hx-unbalanced-rst', 9, 1],
    ['unbalanced.hx', 'hx-unbalanced-rst', 11, 1],
    ['unbalanced.hx', 'hx-unbalanced-if', 13, 1],
    ['unbalanced.hx', 'hx-unbalanced-if', 14, 1],
  ]);
  assert.ok(diagnostics.every((d) => d.severity === 'error'));
});

test('a syntax error is reported and the rest of the file is still read', () => {
  const { catalog, diagnostics } = load('syntax-error.hx');
  assert.deepEqual(diagnostics.map((d) => [d.code, d.start.line, d.start.column]), [
    ['hx-syntax', 4, 40],
    ['hx-unbalanced-rst', 6, 1],
  ]);
  assert.ok(option(catalog.entries, 'two'));
});
