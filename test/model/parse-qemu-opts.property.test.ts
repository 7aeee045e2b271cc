import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseQemuOpts } from '../../src/model/parse-qemu-opts.js';

const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(',', '=', 'a', 'n', 'o', 'i', 'd', 'h', 'e', 'l', 'p', '?') }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const options = fc.record({
  impliedKey: fc.option(fc.constantFrom('type', 'driver'), { nil: undefined }),
  commandLine: fc.boolean(),
  helpStops: fc.boolean(),
  mergeLists: fc.boolean(),
});

test('property: no input makes the parser throw, and spans stay inside the text', () => {
  fc.assert(
    fc.property(text, options, (input, opts) => {
      const parsed = parseQemuOpts(input, opts);
      for (const entry of parsed.entries) {
        assert.ok(entry.itemSpan.start <= entry.itemSpan.end && entry.itemSpan.end <= input.length);
        if (entry.valueSpan) {
          const raw = input.slice(entry.valueSpan.start, entry.valueSpan.end);
          assert.equal(raw.replaceAll(',,', ','), entry.value);
        }
      }
    }),
    { numRuns: 3000 },
  );
});

test('long inputs parse in one pass (no hang)', () => {
  const parts = [',', '=', ',,', 'a', 'no', 'help', 'id=x', 'k=v,,w'];
  let input = '';
  for (let i = 0; input.length < 200_000; i++) input += parts[(i * 7) % parts.length];
  const parsed = parseQemuOpts(input, { impliedKey: 'driver' });
  assert.ok(parsed.entries.length > 1000);
  assert.equal(parseQemuOpts(','.repeat(100_001)).entries.length, 100_001);
  assert.equal(parseQemuOpts('k=' + ','.repeat(100_000)).entries[0].value.length, 50_000);
});
