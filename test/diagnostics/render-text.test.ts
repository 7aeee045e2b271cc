import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { renderText } from '../../src/diagnostics/render-text.js';
import { SourceText } from '../../src/model/source-text.js';

/** An error on `[start, end)` of `source`, with an optional hint. */
function at(source: SourceText, start: number, end: number, hint?: string): Diagnostic {
  const d: Diagnostic = {
    file: 'f.sh',
    start: source.positionAt(start),
    end: source.positionAt(end),
    severity: 'error',
    code: 'invalid-parameter',
    message: "Invalid parameter 'x'",
  };
  if (hint !== undefined) d.hint = hint;
  return d;
}

test('carets line up under tabs and cover the range', () => {
  const source = new SourceText('q \\\n\t-m\tx=1\n');
  assert.equal(
    renderText([at(source, 8, 9)], source),
    "f.sh:2:5: error: Invalid parameter 'x' [invalid-parameter]\n" +
      '    2 | \t-m\tx=1\n' +
      '      | \t  \t^\n',
  );
});

test('a range over several lines is underlined to the end of its first line', () => {
  const source = new SourceText('abc def\nghi\n');
  const out = renderText([at(source, 4, 10)], source);
  assert.equal(out.split('\n')[2], '      |     ^~~');
});

test('an empty range gets one caret; hints go after, continuation lines indented', () => {
  const source = new SourceText('qemu -m 1k\n');
  assert.equal(
    renderText([at(source, 0, 0, 'first\nsecond')], source),
    "f.sh:1:1: error: Invalid parameter 'x' [invalid-parameter]\n" +
      '    1 | qemu -m 1k\n' +
      '      | ^\n' +
      'hint: first\n' +
      '      second\n',
  );
});
