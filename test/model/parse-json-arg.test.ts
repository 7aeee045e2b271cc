import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createJsonLexer } from '../../grammar/json/lexer.js';
import { parseJsonArg } from '../../src/model/parse-json-arg.js';

/** The error message for `text`, or undefined if it parses. */
const message = (text: string) => parseJsonArg(text).diagnostics[0]?.message;

// Messages as QEMU 7.2 prints them for `-object TEXT` (checked below against the binary).
const table: [string, string][] = [
  ['{', 'JSON parse error, premature EOI'],
  ['{"qom-type":}', 'JSON parse error, expecting value'],
  ['{"a":"x",}', 'JSON parse error, expecting value'],
  ['{"a":"x"} x', 'Expecting at most one JSON value'],
  ['{"a":"x"}{', 'Expecting at most one JSON value'],
  ['{"a":"x" "b"}', 'JSON parse error, expected separator in dict'],
  ['{"a":"\\x"}', 'JSON parse error, invalid escape sequence in string'],
  ['{"a":tru}', "JSON parse error, invalid keyword 'tru'"],
  ['{"a":[1,2}', 'JSON parse error, expected separator in list'],
  ['{"a":"x', `JSON parse error, stray '"x'`],
  ['{"a":01}', "JSON parse error, stray '01'"],
  ['{"a":-}', "JSON parse error, stray '-}'"],
  ['{"a":1,"a":2}', 'JSON parse error, duplicate key'],
  ['{1:2}', 'JSON parse error, key is not a string in object'],
  ['{"a" 1}', 'JSON parse error, missing : in object pair'],
  ['{"a":[1,]}', 'JSON parse error, expecting value'],
  ['{"a":1.}', "JSON parse error, stray '1.}'"],
  ['{"a":TRUE}', "JSON parse error, stray 'T'"],
  ['{"a":"\\uD800"}', 'JSON parse error, \\uD800 is not a valid Unicode character'],
  ['{"a":1} {"b":2}', 'Expecting at most one JSON value'],
];

test('the lexer definition passes chevrotain validation', () => {
  assert.doesNotThrow(() => createJsonLexer(true));
});

test('QEMU JSON errors, word for word', () => {
  for (const [text, expected] of table) assert.equal(message(text), expected, text);
});

test('values keep their JSON types and spans; single quotes work', () => {
  const text = `{'qom-type':'secret', "n": -5, "f": 1.5e3, "b": true,
    "z": null, "l": [1, 18446744073709551615, 18446744073709551616], "u": "\\u00e9\\/"}`;
  const parsed = parseJsonArg(text);
  const escaped = '"\\u00e9\\/"';
  assert.deepEqual(parsed.diagnostics, []);
  const value = parsed.value;
  assert.equal(value?.kind, 'object');
  if (value?.kind !== 'object') return;
  const kinds = [...value.members.values()].map((m) => [m.key, m.value.kind]);
  assert.deepEqual(kinds, [['qom-type', 'string'], ['n', 'integer'], ['f', 'number'],
    ['b', 'boolean'], ['z', 'null'], ['l', 'array'], ['u', 'string']]);
  const list = value.members.get('l')?.value;
  assert.deepEqual(list?.kind === 'array' && list.elements.map((e) => e.kind),
    ['integer', 'integer', 'number']);
  assert.deepEqual(value.members.get('qom-type')?.keySpan, { start: 1, end: 11 });
  assert.deepEqual(value.members.get('u')?.value, { kind: 'string', value: 'é/',
    span: { start: text.indexOf(escaped), end: text.indexOf(escaped) + escaped.length } });
});

test('errors point at the offending token, or the end for premature EOI', () => {
  assert.deepEqual(parseJsonArg('{"a":tru}').diagnostics[0].span, { start: 5, end: 8 });
  assert.deepEqual(parseJsonArg('{"a":1').diagnostics[0].span, { start: 6, end: 6 });
});

const QEMU = process.env.QEMU_SYSTEM_X86_64 ?? '/usr/bin/qemu-system-x86_64';
const skip = existsSync(QEMU) ? false : `QEMU binary ${QEMU} is not installed`;

test('the same messages come from QEMU 7.2 -object', { skip }, () => {
  for (const [text, expected] of table) {
    const args = ['-machine', 'none', '-nodefaults', '-display', 'none', '-S', '-qmp', 'stdio',
      '-object', text];
    const input = '{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n';
    const run = spawnSync(QEMU, args, { input, encoding: 'utf8', timeout: 20000 });
    assert.equal(run.stderr, `qemu-system-x86_64: -object ${text}: ${expected}\n`, text);
  }
});
