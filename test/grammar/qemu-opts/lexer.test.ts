import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQemuOptsLexer, tokenizeQemuOpts } from '../../../grammar/qemu-opts/lexer.js';
import { QemuOptsParser } from '../../../grammar/qemu-opts/parser.js';
import { SourceText } from '../../../src/model/source-text.js';

test('the lexer and parser definitions pass chevrotain validation', () => {
  assert.doesNotThrow(() => createQemuOptsLexer(true));
  assert.doesNotThrow(() => new QemuOptsParser(true));
});

test('every token is a whole item with its comma, with its offset', () => {
  const { tokens, errors } = tokenizeQemuOpts('a=1,,2,flag,,=v', false);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    tokens.map((t) => [t.tokenType.name, t.image, t.startOffset]),
    [
      ['KeyValue', 'a=1,,2,', 0],
      ['Flag', 'flag,', 7],
      ['EmptyItem', ',', 12],
      ['KeyValue', '=v', 13],
    ],
  );
});

test('the implied-key mode reads the first item as a value, escapes included', () => {
  const { tokens } = tokenizeQemuOpts('a,,b=c,d', true);
  assert.deepEqual(
    tokens.map((t) => [t.tokenType.name, t.image]),
    [['ImpliedValue', 'a,,b=c,'], ['Flag', 'd']],
  );
  assert.deepEqual(tokenizeQemuOpts(',x', true).tokens.map((t) => t.tokenType.name), [
    'ImpliedEmpty',
    'Flag',
  ]);
});

test('offsets give the right lines and columns in text that spans lines', () => {
  const text = 'a=x\ny,b=1\r\n2,c';
  const source = new SourceText(text);
  const { tokens } = tokenizeQemuOpts(text, false);
  assert.deepEqual(
    tokens.map((t) => {
      const start = source.positionAt(t.startOffset);
      const end = source.positionAt(t.startOffset + t.image.length - 1);
      return [t.image, start.line, start.column, end.line, end.column];
    }),
    [
      ['a=x\ny,', 1, 1, 2, 2],
      ['b=1\r\n2,', 2, 3, 3, 2],
      ['c', 3, 3, 3, 3],
    ],
  );
});

test('no input makes the lexer report an error', () => {
  for (const text of ['', ',', '=', ',,,', '==,=', 'é,\u{1F600}=\0', '\n,\r']) {
    assert.deepEqual(tokenizeQemuOpts(text, false).errors, [], text);
    assert.deepEqual(tokenizeQemuOpts(text, true).errors, [], text);
  }
});
