import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importHx } from '../../../src/import/hx-to-catalog.js';
import { checkHx } from '../../../src/lint/hx/check-hx.js';

// Pieces of the .hx format, so random texts reach deep into the grammar.
const PIECES = [
  'DEF(', '"-a x\\n"', '"', '\\\n', ', ', 'HAS_ARG', '0', 'QEMU_OPTION_a', 'QEMU_ARCH_ALL',
  ' | ', ')', '\n', 'SRST\n', 'SRST(l)\n', 'ERST\n', '#if ', '#ifdef X\n', '#else\n',
  '#elif defined(Y)\n', '#endif\n', 'defined(', '!', '&&', '||', 'DEFHEADING(A:)\n',
  'ARCHHEADING(, QEMU_ARCH_I386)\n', 'HXCOMM c\n', '``-a``\n', '    text\n', 'DEFAULT_X ',
];

test('import and check never throw, and every diagnostic lies inside the text', () => {
  const texts = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 40 });
  fc.assert(
    fc.property(texts, (parts) => {
      const text = parts.join('');
      const diagnostics = [...importHx(text).diagnostics, ...checkHx(text, 'f')];
      for (const d of diagnostics) {
        assert.ok(d.start.offset >= 0 && d.start.offset <= text.length);
        assert.ok(d.end.offset >= d.start.offset && d.end.offset <= text.length);
        assert.ok(d.start.line >= 1 && d.start.column >= 1);
      }
    }),
    { numRuns: 400 },
  );
});
