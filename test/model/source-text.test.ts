import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText } from '../../src/model/source-text.js';

test('positions are 1-based lines and columns with 0-based offsets', () => {
  const text = new SourceText('ab\ncd\r\nef');
  assert.deepEqual(text.positionAt(0), { line: 1, column: 1, offset: 0 });
  assert.deepEqual(text.positionAt(3), { line: 2, column: 1, offset: 3 });
  assert.deepEqual(text.positionAt(8), { line: 3, column: 2, offset: 8 });
  assert.equal(text.lineText(2), 'cd');
  assert.deepEqual(text.positionAt(99), { line: 3, column: 3, offset: 9 });
});
