import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQapiSchemaText } from '../../../grammar/qapi-schema/parser.js';

// The QAPI schema grammar against the constructs QEMU's schema files use, and bad input
// reported with its position.

test('reads expressions in order, keys in written order, comments skipped', () => {
  const text = [
    '# a doc comment',
    "{ 'struct': 'S', 'data': { '*b': 'int', 'a': ['str'] },",
    "  'if': { 'all': [ 'CONFIG_A', { 'not': 'CONFIG_B' } ] } }",
    "{ 'enum': 'E', 'data': [ 'x', { 'name': 'y', 'features': [ 'deprecated' ] } ] }",
    "{ 'include': 'other.json' }",
    "{ 'pragma': { 'doc-required': true } }",
  ].join('\n');
  const read = readQapiSchemaText(text);
  assert.deepEqual(read.errors, []);
  assert.equal(read.expressions.length, 4);
  assert.deepEqual(Object.keys(read.expressions[0].value.data as object), ['*b', 'a']);
  assert.deepEqual(read.expressions[0].at, { offset: 16, line: 2, column: 1 });
  assert.deepEqual(read.expressions[3].value, { pragma: { 'doc-required': true } });
});

const bad: [string, string, string, number, number][] = [
  ['double quotes', "{ 'a': \"b\" }", "stray '\"'", 1, 8],
  ['missing colon', "{ 'a' 'b' }", "expected ':'", 1, 7],
  ['missing comma', "{ 'a': 'b'\n  'c': 'd' }", "expected ',' or closing bracket", 2, 3],
  ['unterminated string', "{ 'a': 'b }", "stray ''b }'", 1, 8],
  ['unclosed object', "{ 'a': 'b'", 'expected more input', 1, 8],
  ['duplicate key', "{ 'a': 'b', 'a': 'c' }", "duplicate key 'a'", 1, 13],
  ['a bare word', "{ 'a': null }", "stray 'n'", 1, 8],
  ['a top-level string', "'a'", "stray ''a''", 1, 1],
];

for (const [what, text, message, line, column] of bad) {
  test(`${what}: '${message}' at ${line}:${column}`, () => {
    const { errors } = readQapiSchemaText(text);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].message, message);
    assert.deepEqual([errors[0].at.line, errors[0].at.column], [line, column]);
  });
}
