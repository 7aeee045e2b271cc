import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optionName, scanArgv } from '../../src/validator/scan-argv.js';
import { LintContext } from '../../src/validator/lint-context.js';
import { MINI_CATALOG } from './mini-catalog.js';

const ctx = new LintContext(MINI_CATALOG);

/** Scans `words` against the mini catalog. */
function scan(words: string[], opaque: number[] = []) {
  return scanArgv({
    words,
    opaque: new Set(opaque),
    lookup: (name) => ctx.option(name),
    names: () => ctx.optionNames(),
  });
}

/** The items as `-name[=argument index]`, `image@i`, `unchecked@i`. */
function shape(words: string[], opaque: number[] = []): string[] {
  return scan(words, opaque).items.map((item) =>
    item.kind === 'option'
      ? `${item.name}${item.argument === undefined ? '' : `=${words[item.argument]}`}`
      : `${item.kind}@${item.word}`,
  );
}

test('--x is -x, -h is -help', () => {
  assert.equal(optionName('--run-with'), 'run-with');
  assert.equal(optionName('-run-with'), 'run-with');
  assert.equal(optionName('-h'), 'help');
  assert.equal(optionName('--h'), 'help');
});

test('options with an argument take the next word, whatever it looks like', () => {
  assert.deepEqual(shape(['-m', '-S', '-S', '--name', 'x', 'disk.img']), [
    'm=-S',
    'S',
    'name=x',
    'image@5',
  ]);
});

test('words not starting with - are disk images; opaque words are left unchecked', () => {
  assert.deepEqual(shape(['a.img', '-S', '$X', 'b'], [2]), [
    'image@0',
    'S',
    'unchecked@2',
    'image@3',
  ]);
});

test('invalid option and requires an argument, on the option word', () => {
  const table: [string[], number, string, string][] = [
    [['-bogus'], 0, 'invalid-option', 'invalid option'],
    [['-m=4G'], 0, 'invalid-option', 'invalid option'],
    [['-'], 0, 'invalid-option', 'invalid option'],
    [['-S', '-m'], 1, 'missing-argument', 'requires an argument'],
  ];
  for (const [words, word, code, message] of table) {
    const { diagnostics } = scan(words);
    assert.equal(diagnostics.length, 1, words.join(' '));
    assert.equal(diagnostics[0].word, word);
    assert.equal(diagnostics[0].diagnostic.code, code);
    assert.equal(diagnostics[0].diagnostic.message, message);
    assert.deepEqual(diagnostics[0].diagnostic.span, { start: 0, end: words[word].length });
  }
});

test('an -opt=value word gets a hint and a fix that splits it', () => {
  const [d] = scan(['-m=4G']).diagnostics;
  assert.equal(d.diagnostic.hint, "QEMU has no -m=VALUE form; write '-m 4G'");
  assert.deepEqual(d.diagnostic.fix?.edits, [{ start: 2, end: 3, newText: ' ' }]);
});

test('a misspelt option gets a did-you-mean hint', () => {
  assert.equal(scan(['-nodefault']).diagnostics[0].diagnostic.hint, "did you mean '-nodefaults'?");
  assert.equal(scan(['-xyzzy-plugh']).diagnostics[0].diagnostic.hint, undefined);
});
