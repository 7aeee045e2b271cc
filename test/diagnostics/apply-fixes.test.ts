import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic, TextEdit } from '../../src/diagnostics/diagnostic.js';
import { applyFixes } from '../../src/diagnostics/apply-fixes.js';

/** A diagnostic carrying `edits` as its fix (positions are not used by applyFixes). */
function withFix(...edits: TextEdit[]): Diagnostic {
  const at = { line: 1, column: 1, offset: 0 };
  return {
    file: 'x', start: at, end: at, severity: 'warning', code: 'short-form-boolean',
    message: 'm', fix: { description: 'd', edits },
  };
}

test('fixes rewrite only their ranges, whatever order they come in', () => {
  const text = 'qemu-system-x86_64 \\\r\n  -drive file=a,readonly \\\r\n  -m 8GB\r\n';
  const ro = text.indexOf('readonly') + 'readonly'.length;
  const gb = text.indexOf('8GB');
  const fixed = applyFixes(text, [
    withFix({ start: gb, end: gb + 3, newText: '8G' }),
    withFix({ start: ro, end: ro, newText: '=on' }),
  ]);
  assert.equal(fixed.text, 'qemu-system-x86_64 \\\r\n  -drive file=a,readonly=on \\\r\n  -m 8G\r\n');
  assert.equal(fixed.skipped, 0);
});

test('a fix that overlaps an earlier one is skipped whole', () => {
  const fixed = applyFixes('abcdef', [
    withFix({ start: 1, end: 3, newText: 'X' }),
    withFix({ start: 2, end: 4, newText: 'Y' }, { start: 5, end: 6, newText: 'Z' }),
  ]);
  assert.deepEqual([fixed.text, fixed.skipped], ['aXdef', 1]);
});

test('bytes outside the edited ranges are unchanged (property)', () => {
  const edits = fc.array(fc.tuple(fc.nat(40), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 6 });
  fc.assert(fc.property(fc.string({ minLength: 40, maxLength: 60 }), edits, (text, raw) => {
    const diagnostics = raw.map(([start, len, newText]) =>
      withFix({ start, end: Math.min(start + len, text.length), newText }));
    const { text: out, applied } = applyFixes(text, diagnostics);
    // Walk the untouched stretches between applied edits: each must appear unchanged.
    let inAt = 0;
    let outAt = 0;
    for (const e of applied) {
      const kept = text.slice(inAt, e.start);
      assert.equal(out.slice(outAt, outAt + kept.length), kept);
      outAt += kept.length + e.newText.length;
      inAt = e.end;
    }
    assert.equal(out.slice(outAt), text.slice(inAt));
  }), { seed: 4, numRuns: 300 });
});

/** What applyFixes does, written the plain quadratic way: the reference for the property. */
function naiveApply(text: string, diagnostics: readonly Diagnostic[]): string {
  const touches = (a: TextEdit, b: TextEdit): boolean =>
    a.start === a.end && b.start === b.end ? a.start === b.start
      : a.start < b.end && b.start < a.end;
  const applied: TextEdit[] = [];
  for (const { fix } of diagnostics) {
    if (!fix) continue;
    const edits = fix.edits;
    const inside = edits.every((e) => 0 <= e.start && e.start <= e.end && e.end <= text.length);
    const self = edits.some((e, i) => edits.slice(0, i).some((o) => touches(o, e)));
    if (!inside || self || edits.some((e) => applied.some((a) => touches(a, e)))) continue;
    applied.push(...edits);
  }
  applied.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of applied) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

test('any fixes, overlapping or not, give what the plain quadratic reading gives', () => {
  const edit = fc.record({ start: fc.nat(40), length: fc.nat(5), newText: fc.string() })
    .map(({ start, length, newText }) => ({ start, end: start + length, newText }));
  fc.assert(fc.property(fc.string({ maxLength: 40 }),
    fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 12 }),
    (text, fixes) => {
      const diagnostics = fixes.map((edits) => withFix(...edits));
      assert.equal(applyFixes(text, diagnostics).text, naiveApply(text, diagnostics));
    }), { numRuns: 2000 });
});

test('a fix on each of 40,000 lines is applied, each at its place', () => {
  const line = 'qemu-system-x86_64 -m 8GB\n';
  const text = line.repeat(40_000);
  const diagnostics = Array.from({ length: 40_000 }, (_, i) => {
    const at = i * line.length + line.indexOf('8GB') + 2;
    return withFix({ start: at, end: at + 1, newText: '' });
  });
  const fixed = applyFixes(text, diagnostics);
  assert.equal(fixed.applied.length, 40_000);
  assert.equal(fixed.text, 'qemu-system-x86_64 -m 8G\n'.repeat(40_000));
});
