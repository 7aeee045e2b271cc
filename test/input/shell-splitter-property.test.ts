import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitShell } from '../../src/input/shell-splitter.js';
import { argvAsText } from '../../src/lint/lint-text.js';

/** Characters that mean something to the shell, plus ordinary ones. */
const SHELL_CHARS = [..."abc-=,.:/ \t\n\\'\"$`(){}[];&|<>#*?~!0129é"];
const shellText = fc.array(fc.constantFrom(...SHELL_CHARS), { maxLength: 60 }).map((a) => a.join(''));

test('no input makes the splitter throw, and every word maps inside its span', () => {
  fc.assert(
    fc.property(shellText, fc.constantFrom('script' as const, 'args' as const), (text, mode) => {
      const result = splitShell(text, mode);
      for (const command of result.commands) {
        for (const word of [...command.env, ...command.words]) {
          assert.equal(word.offsets.length, word.text.length + 1);
          for (let i = 0; i < word.text.length; i++) {
            assert.ok(word.offsets[i] >= word.span.start && word.offsets[i] < word.span.end);
            if (i > 0) assert.ok(word.offsets[i] > word.offsets[i - 1]);
          }
        }
      }
    }),
    { numRuns: 2000 },
  );
});

test('an argv written as a shell line splits back into the same argv and source map', () => {
  const word = fc.string({ unit: fc.constantFrom(...SHELL_CHARS), maxLength: 12 });
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (argv) => {
      const { text, words } = argvAsText(argv);
      const [command] = splitShell(text, 'args').commands;
      const read = [...(command?.env ?? []), ...(command?.words ?? [])];
      assert.deepEqual(read.map((w) => w.text), argv);
      assert.deepEqual(read.map((w) => w.offsets), words.map((w) => w.offsets));
    }),
    { numRuns: 1000 },
  );
});
