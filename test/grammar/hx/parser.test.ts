import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseHx } from '../../../grammar/hx/parser.js';
import { hxFixture } from '../../helpers/qemu-hx-files.js';

const fixture = (name: string) => readFileSync(hxFixture(name), 'utf8');
const kinds = (text: string) => parseHx(text).tokens.map((t) => t.tokenType.name);

test('well-formed fixtures lex and parse without errors', () => {
  for (const name of ['basic.hx', 'conditions.hx']) {
    const r = parseHx(fixture(name));
    assert.deepEqual(r.lexErrors, [], name);
    assert.deepEqual(r.parseErrors.map((e) => e.message), [], name);
  }
});

test('HXCOMM, headings and SRST/ERST are line tokens; rST lines are kept whole', () => {
  const text = 'HXCOMM note\nDEFHEADING(A:)\nSRST(x)\n  some *rst* (text)\nERST\n';
  assert.deepEqual(kinds(text), ['HxComment', 'DefHeading', 'RstStart', 'RstLine', 'RstEnd']);
});

test('directive names are words only at the start of a line', () => {
  assert.deepEqual(kinds('DEF("SRST", 0, E, "x SRST\\n", QEMU_ARCH_ALL)\n').slice(0, 3), [
    'Def', 'LParen', 'StringLiteral',
  ]);
});

test('a backslash-continued #if line is one directive', () => {
  const text = '#if defined(A) || \\\n    defined(B)\n#endif\n';
  assert.deepEqual(kinds(text), [
    'Hash', 'PpIf', 'Defined', 'LParen', 'Identifier', 'RParen', 'OrOr', 'Defined', 'LParen',
    'Identifier', 'RParen', 'DirectiveEnd', 'Hash', 'PpEndif', 'DirectiveEnd',
  ]);
  assert.deepEqual(parseHx(text).parseErrors, []);
});

test('directives may sit between the literals of a DEF help argument', () => {
  const text = 'DEF("a", 0, E,\n  "x\\n"\n#ifdef B\n  "y\\n"\n#endif\n  , QEMU_ARCH_ALL)\n';
  const r = parseHx(text);
  assert.deepEqual(r.parseErrors, []);
  assert.equal(kinds(text).filter((k) => k === 'Hash').length, 2);
});

test('a stray backslash after a help literal is a line splice', () => {
  const text = 'DEF("a", HAS_ARG, E, "x\\n" \\\n  "y\\n", QEMU_ARCH_ALL)\n';
  assert.deepEqual(parseHx(text).parseErrors, []);
});

test('a DEF with a missing argument is reported at the token where it goes wrong', () => {
  const r = parseHx(fixture('syntax-error.hx'));
  const first = r.parseErrors[0];
  assert.equal(first.token.image, ')');
  assert.equal(first.token.startLine, 4);
  assert.equal(first.token.startColumn, 40);
});

test('a character no token matches is a lexing error with line and column', () => {
  const r = parseHx('DEFHEADING(A:)\nDEF("a", 0, E, "x", QEMU_ARCH_ALL) @\n');
  assert.equal(r.lexErrors.length, 1);
  assert.equal(r.lexErrors[0].line, 2);
  assert.equal(r.lexErrors[0].column, 36);
});

test('parsing never throws, whatever the input', () => {
  for (const text of ['', 'DEF(', 'SRST', 'ERST', '#', '#if (', '"\\', 'DEF("a"\n#else\n']) {
    assert.doesNotThrow(() => parseHx(text), JSON.stringify(text));
  }
});
