import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateRstDocs } from '../../src/generate/rst-docs.js';
import { importHx } from '../../src/import/hx-to-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { hxFixture } from '../helpers/qemu-hx-files.js';

const catalogOf = (name: string) => importHx(readFileSync(hxFixture(name), 'utf8')).catalog;

test('sections from non-empty headings (one ":" removed), blocks verbatim, label targets', () => {
  const { text, problems } = generateRstDocs(catalogOf('basic.hx'));
  assert.deepEqual(problems, []);
  assert.equal(
    text,
    'First things\n============\n\n' +
      '``-alpha``\n    Turns alpha on.\n' +
      '``-beta size=N[,fast=on|off]``\n    Picks a beta size.\n' +
      '\nOnly on PCs\n===========\n\n' +
      '``-gamma x``\n    Gamma, for PCs.\n' +
      '\nLast things\n===========\n\n' +
      'Some words about the last things.\n' +
      '\n.. _system/invocation-qemu-options-omega:\n' +
      '``-omega file``\n    The end.\n',
  );
});

test('the label target takes the document and file names given', () => {
  const { text } = generateRstDocs(catalogOf('basic.hx'), { docName: 'man', hxBase: 'x' });
  assert.match(text, /\n\.\. _man-x-omega:\n/);
});

test('rST before the first heading is the error QEMU\'s directive stops on', () => {
  const catalog: Catalog = {
    format: 1,
    releases: [],
    source: { kind: 'hx', textBy: 'qemu' },
    lists: {},
    entries: [
      { kind: 'option', name: 'a', hasArg: false, arches: ['ALL'], help: [], doc: 'x\n' },
      { kind: 'heading', text: 'H:' },
    ],
  };
  assert.deepEqual(generateRstDocs(catalog).problems, [
    'first DEFHEADING must precede all rST text',
  ]);
});

test('standalone output declares the Sphinx roles and substitutions the body uses', () => {
  const catalog = catalogOf('basic.hx');
  const omega = catalog.entries.find((e) => e.kind === 'option' && e.name === 'omega')!;
  omega.doc = 'See :ref:`x` and |qemu_system|.\n\n  .. include:: ../y.rst.inc\n';
  const { text } = generateRstDocs(catalog, { standalone: true });
  assert.ok(text.startsWith('.. role:: ref\n.. |qemu_system| replace:: qemu-system-x86_64\n\n'));
  assert.match(text, /\n {2}\.\. qemu-opts: Sphinx includes \.\.\/y\.rst\.inc here\n/);
});
