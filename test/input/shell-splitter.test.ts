import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitShell } from '../../src/input/shell-splitter.js';
import { wordRange, type SourceWord } from '../../src/input/source-word.js';

/** The words of each command, as texts. */
function words(text: string, mode: 'script' | 'args' = 'script'): string[][] {
  return splitShell(text, mode).commands.map((c) => [...c.env, ...c.words].map((w) => w.text));
}

/** The source text each character of `word` came from, joined. */
function origin(text: string, word: SourceWord): string {
  return word.offsets
    .slice(0, -1)
    .map((o) => text[o])
    .join('');
}

test('blanks separate words; quotes join them', () => {
  assert.deepEqual(words(`a  b\t'c d'"e f"g`), [['a', 'b', 'c de fg']]);
  assert.deepEqual(words(`x '' ""`), [['x', '', '']]);
});

test('backslash-newline continues the command; a backslash quotes the next character', () => {
  assert.deepEqual(words('qemu -m 1G \\\n  -smp 2\\ 3\n'), [['qemu', '-m', '1G', '-smp', '2 3']]);
  // sh reads backslash CR as an escaped CR; the LF then ends the command.
  assert.deepEqual(words('a \\\r\nb'), [['a', '\r'], ['b']]);
  assert.deepEqual(words('a \\\r\nb', 'args'), [['a', 'b']]);
});

test('inside double quotes a backslash escapes only $ ` " \\ and newline', () => {
  assert.deepEqual(words(String.raw`"a\"b\\c\d\$e"`), [['a"b\\c\\d$e']]);
});

test('single quotes keep everything, backslashes included', () => {
  assert.deepEqual(words(String.raw`'a\"b' "it's"`), [['a\\"b', "it's"]]);
});

test('newlines, ; && || | and & separate commands', () => {
  assert.deepEqual(words('a b\nc; d && e || f | g & h'), [
    ['a', 'b'],
    ['c'],
    ['d'],
    ['e'],
    ['f'],
    ['g'],
    ['h'],
  ]);
});

test('comments run to the end of the line, but # inside a word is text', () => {
  assert.deepEqual(words('a # b c\nd e#f'), [['a'], ['d', 'e#f']]);
});

test('a leading $ prompt is skipped', () => {
  assert.deepEqual(words('$ qemu -m 1G\noutput\n  $ b'), [['qemu', '-m', '1G'], ['output'], ['b']]);
});

test('leading NAME=value words are environment assignments', () => {
  const [command] = splitShell('LC_ALL=C PATH=/bin qemu -name x=y').commands;
  assert.deepEqual(
    command.env.map((w) => w.text),
    ['LC_ALL=C', 'PATH=/bin'],
  );
  assert.deepEqual(
    command.words.map((w) => w.text),
    ['qemu', '-name', 'x=y'],
  );
});

test('redirections and their targets are dropped', () => {
  assert.deepEqual(words('q -a 2>&1 >log -b <in &>all c>d'), [['q', '-a', '-b', 'c']]);
});

test('substitutions are kept verbatim and marked', () => {
  const text = 'q -drive file=$DISK,if=none "${A}b" $(cat x) `y` "$(a "b")"';
  const [command] = splitShell(text).commands;
  const texts = command.words.map((w) => w.text);
  assert.deepEqual(texts, [
    'q',
    '-drive',
    'file=$DISK,if=none',
    '${A}b',
    '$(cat x)',
    '`y`',
    '$(a "b")',
  ]);
  assert.deepEqual(command.words[2].substitutions, [{ start: 5, end: 10 }]);
  assert.deepEqual(command.words[3].substitutions, [{ start: 0, end: 4 }]);
  assert.deepEqual(command.words[1].substitutions, []);
  assert.equal(command.words[6].substitutions.length, 1);
});

test("$'…' strings resolve C escapes", () => {
  assert.deepEqual(words(String.raw`$'a\tb\x41\'c'`), [["a\tbA'c"]]);
});

test('every character maps back to where it was written', () => {
  const text = `qemu \\\n  -name 'gu est',"de\\"bug" a\\ b`;
  const [command] = splitShell(text).commands;
  for (const word of command.words) {
    for (let i = 0; i < word.text.length; i++) {
      assert.equal(text[word.offsets[i]], word.text[i], `${word.text}[${i}]`);
    }
  }
  const name = command.words[2];
  assert.equal(name.text, 'gu est,de"bug');
  assert.equal(origin(text, name), 'gu est,de"bug');
  assert.deepEqual(wordRange(name, { start: 3, end: 6 }), { start: 19, end: 22 });
  assert.deepEqual(name.span, { start: 15, end: 33 });
});

test('args mode: newlines separate words, not commands', () => {
  const text = 'LC_ALL=C \\\n/usr/bin/qemu-system-x86_64 \\\n-name guest=a\n-S\n';
  const result = splitShell(text, 'args');
  assert.equal(result.commands.length, 1);
  assert.deepEqual(
    result.commands[0].words.map((w) => w.text),
    ['/usr/bin/qemu-system-x86_64', '-name', 'guest=a', '-S'],
  );
});

test('an unterminated quote is a shell-syntax error at the quote', () => {
  for (const [text, at, message] of [
    [`q -name 'abc`, 8, 'unterminated single quote'],
    [`q\n -name "abc`, 9, 'unterminated double quote'],
    ['q $(abc', 2, 'unterminated $('],
  ] as const) {
    const { diagnostics } = splitShell(text);
    assert.equal(diagnostics.length, 1, text);
    assert.equal(diagnostics[0].code, 'shell-syntax');
    assert.equal(diagnostics[0].message, message);
    assert.equal(diagnostics[0].span.start, at, text);
  }
});
