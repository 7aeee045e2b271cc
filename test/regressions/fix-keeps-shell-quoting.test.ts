import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitShell } from '../../src/input/shell-splitter.js';
import { wordEditInFile } from '../../src/input/word-edit.js';
import { runCli } from '../cli/run-cli.js';

/**
 * `lint --fix` used to map a word's edit through the word's source map as one range, which
 * cut across quotes: `-m "8"'GB'` became `-m "8G'` (an unclosed quote).
 */

/** The words of the one command of `script`. */
function words(script: string): string[] {
  return splitShell(script).commands.flatMap((c) => [...c.env, ...c.words].map((w) => w.text));
}

const CASES: [string, string][] = [
  [`qemu-system-x86_64 -m "8"'GB'\n`, `qemu-system-x86_64 -m "8"'G'\n`],
  [`qemu-system-x86_64 -m 8'GB'\n`, `qemu-system-x86_64 -m 8'G'\n`],
  [`qemu-system-x86_64 -m '8G'B\n`, `qemu-system-x86_64 -m '8G'\n`],
  [`qemu-system-x86_64 -m '8'"GB" -name 'a b'\n`, `qemu-system-x86_64 -m '8'"G" -name 'a b'\n`],
];

for (const [before, after] of CASES) {
  test(`lint --fix keeps the quoting of ${JSON.stringify(before.trim())}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-quote-'));
    try {
      writeFileSync(join(dir, 'a.sh'), before);
      await runCli(['lint', '--fix', '--qemu-version', '7.2', 'a.sh'], '', dir);
      const fixed = readFileSync(join(dir, 'a.sh'), 'utf8');
      assert.equal(fixed, after);
      assert.deepEqual(splitShell(fixed).diagnostics, []);
      assert.deepEqual(words(fixed)[2], '8G');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Characters of a word, shell-special ones included. */
const CHARS = [..."aB8=,./ \t\n\\'\"$`!*é"];
const text = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 10 });

/** `segment` written in quoting style `how` so that the shell reads it back as it is. */
function quote(segment: string, how: number): string {
  if (how === 0 && !segment.includes('\n')) {
    return segment.replace(/[^A-Za-z0-9_@%+=:,./-]/g, (c) => `\\${c}`);
  }
  if (how === 1 || how === 0) return `'${segment.replace(/'/g, `'\\''`)}'`;
  if (how === 2) return `"${segment.replace(/["$`\\]/g, (c) => `\\${c}`)}"`;
  return `$'${segment.replace(/[\\']/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}'`;
}

/** A word's text cut into segments, each quoted in its own way. */
const quotedWord = text.chain((t) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: t.length }), fc.integer({ min: 0, max: 3 })), {
      maxLength: 4,
    })
    .map((cuts) => {
      const points = [...new Set([0, ...cuts.map(([at]) => at), t.length])].sort((a, b) => a - b);
      let written = '';
      for (let i = 0; i + 1 < points.length; i++) {
        written += quote(t.slice(points[i], points[i + 1]), cuts[i]?.[1] ?? 0);
      }
      return { text: t, written: written === '' ? "''" : written };
    }),
);

test('a fix of a randomly quoted word re-reads as the fixed word, nothing else changed', () => {
  fc.assert(
    fc.property(
      quotedWord,
      fc.nat(),
      fc.nat(),
      fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 4 }),
      ({ text: t, written }, a, b, newText) => {
        const start = a % (t.length + 1);
        const end = start + (b % (t.length - start + 1));
        const script = `qemu-system-x86_64 ${written} -name x\n`;
        const split = splitShell(script);
        assert.deepEqual(split.diagnostics, []);
        const word = split.commands[0].words[1];
        assert.equal(word.text, t);
        const edit = wordEditInFile(word, { start, end, newText });
        assert.ok(edit, 'a word without substitutions can always be edited');
        assert.ok(edit.start >= word.span.start && edit.end <= word.span.end);
        const fixed = script.slice(0, edit.start) + edit.newText + script.slice(edit.end);
        const expected = t.slice(0, start) + newText + t.slice(end);
        assert.deepEqual(splitShell(fixed).diagnostics, []);
        assert.deepEqual(words(fixed), ['qemu-system-x86_64', expected, '-name', 'x']);
      },
    ),
    { numRuns: 3000 },
  );
});
