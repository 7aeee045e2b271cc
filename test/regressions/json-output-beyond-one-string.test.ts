import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/index.js';
import { renderJson, renderJsonChunks } from '../../src/index.js';

/**
 * `qemu-opts lint --format json` on a 20 MB script crashed in `JSON.stringify` with
 * `RangeError: Invalid string length`: the whole array was made into one string, and a
 * string cannot be longer than about 512 MiB. The text now goes out one diagnostic at a time.
 */

const position = { line: 1, column: 1, offset: 0 };
const MESSAGE = 'x'.repeat(1 << 20);
const COUNT = 600; // 600 MiB of JSON in all
const many: Diagnostic[] = Array.from({ length: COUNT }, (_, i) => ({
  file: `f${i}.sh`, start: position, end: position, severity: 'error', code: 'invalid-parameter',
  message: MESSAGE,
}));

test('the JSON of all diagnostics is too long for one string (the premise)', () => {
  assert.throws(() => JSON.stringify(many), RangeError);
});

test('renderJsonChunks writes 600 MiB of diagnostics as one JSON array, piece by piece', () => {
  let total = 0;
  let index = 0;
  let opened = false;
  let closed = false;
  for (const chunk of renderJsonChunks(many)) {
    total += chunk.length;
    let body = chunk;
    if (body.startsWith('[\n')) {
      assert.equal(opened, false);
      opened = true;
      body = body.slice(2);
    }
    if (body.endsWith(']\n')) {
      closed = true;
      body = body.slice(0, -2);
    }
    if (body === '') continue;
    // Each diagnostic is longer than a piece, so every piece here holds exactly one.
    const item = JSON.parse(body.replace(/,\n$/, '')) as Diagnostic;
    assert.deepEqual(item, many[index]);
    index++;
  }
  assert.ok(opened && closed);
  assert.equal(index, COUNT);
  assert.ok(total > COUNT * MESSAGE.length);
});

test('pieces joined are the same text as JSON.stringify with two spaces', () => {
  const few = many.slice(0, 3).map((d) => ({ ...d, message: 'm', hint: 'a\nb',
    fix: { description: 'd', edits: [{ start: 0, end: 1, newText: '"' }] } }));
  assert.equal(renderJson(few), `${JSON.stringify(few, null, 2)}\n`);
  assert.equal(renderJson([]), '[]\n');
});
