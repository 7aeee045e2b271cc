import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importHx } from '../../src/import/hx-to-catalog.js';
import type { OptionEntry } from '../../src/catalog/types.js';
import { validateAgainstSchema } from '../../src/catalog/schema-validators.js';
import { HX_RELEASES, hxText } from '../helpers/qemu-hx-files.js';

const options = (release: string) =>
  importHx(hxText(release)).catalog.entries.filter((e) => e.kind === 'option') as OptionEntry[];

for (const release of HX_RELEASES) {
  test(`QEMU ${release} qemu-options.hx imports with no diagnostics`, () => {
    const { diagnostics, catalog } = importHx(hxText(release), { file: 'qemu-options.hx' });
    assert.deepEqual(diagnostics, []);
    // Every line starting with DEF( is one option (counted on the raw text).
    const defLines = hxText(release).split('\n').filter((l) => l.startsWith('DEF(')).length;
    assert.equal(catalog.entries.filter((e) => e.kind === 'option').length, defLines);
  });
}

test('-run-with conditions follow spec 4.2: POSIX in 10.0, POSIX and not Emscripten in 10.2', () => {
  assert.equal(options('10.0').find((o) => o.name === 'run-with')?.condition, 'CONFIG_POSIX');
  assert.equal(
    options('10.2').find((o) => o.name === 'run-with')?.condition,
    'CONFIG_POSIX && !EMSCRIPTEN',
  );
  assert.equal(options('7.2').find((o) => o.name === 'run-with'), undefined);
});

test('-run-with 10.2 help: 9 lines, the second one continuing the synopsis (spec 4.4)', () => {
  const help = options('10.2').find((o) => o.name === 'run-with')!.help;
  assert.equal(help.length, 9);
  assert.ok(help[0].text.startsWith('-run-with [async-teardown=on|off][,chroot=dir]'));
  assert.ok(help[1].text.startsWith('          [,exit-with-parent=on|off]'));
});

test('arch masks: -M is everywhere, the i386 options only on I386', () => {
  const opts = options('10.2');
  assert.deepEqual(opts.find((o) => o.name === 'M')?.arches, ['ALL']);
  assert.deepEqual(opts.find((o) => o.name === 'no-fd-bootchk')?.arches, ['I386']);
  assert.deepEqual(opts.find((o) => o.name === 'initrd')?.docLabel, 'initrd');
  // 7.2 still has the retired NIOS2 bit in -semihosting-config's mask.
  const semi = options('7.2').find((o) => o.name === 'semihosting-config');
  assert.ok(semi?.arches.includes('NIOS2'));
});

test('10.2 -M help is one indented line, kept on its own entry after -machine', () => {
  const opts = options('10.2');
  const m = opts.findIndex((o) => o.name === 'M');
  assert.equal(opts[m - 1].name, 'machine');
  assert.equal(opts[m].help.length, 1);
  assert.match(opts[m].help[0].text, /^ {16}\S/);
});

for (const release of HX_RELEASES) {
  test(`the catalog imported from QEMU ${release} validates against the catalog schema`, () => {
    const { catalog } = importHx(hxText(release), { file: 'qemu-options.hx', release });
    const problems = validateAgainstSchema('catalog', catalog);
    assert.deepEqual(problems, []);
  });
}
