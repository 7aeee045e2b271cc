import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJsonArg } from '../../src/model/parse-json-arg.js';
import { parseKeyval } from '../../src/model/parse-keyval.js';

const keyvalText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', '0', '1', '.', ',', '=', '_', 'h', 'e', 'l', 'p') }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

test('property: no input makes parseKeyval throw; it reports at most one error', () => {
  fc.assert(
    fc.property(keyvalText, fc.option(fc.constantFrom('driver', 'a.b')), (text, implied) => {
      const parsed = parseKeyval(text, { impliedKey: implied ?? undefined });
      assert.ok(parsed.diagnostics.length <= 1);
    }),
    { numRuns: 3000 },
  );
});

const jsonText = fc.oneof(
  fc.json().map((j) => `{"k":${j}}`),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', "'", '1', '-', 'a', ' ') }),
  fc.string({ unit: 'grapheme', maxLength: 100 }).map((s) => '{' + s),
);

test('property: no input makes parseJsonArg throw; valid JSON objects parse', () => {
  fc.assert(
    fc.property(jsonText, (text) => {
      const parsed = parseJsonArg(text);
      assert.ok((parsed.value === undefined) === (parsed.diagnostics.length === 1));
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(fc.json(), (json) => {
      assert.deepEqual(parseJsonArg(`{"k":${json}}`).diagnostics, [], json);
    }),
    { numRuns: 1000 },
  );
});

test('deep nesting stops at QEMU\'s limit instead of exhausting the stack', () => {
  const deep = '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}';
  assert.equal(parseJsonArg(deep).diagnostics[0]?.message, 'JSON nesting depth limit exceeded');
});
