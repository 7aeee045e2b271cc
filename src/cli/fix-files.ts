import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { applyFixes } from '../diagnostics/apply-fixes.js';
import type { LintResult } from '../lint/lint-text.js';
import type { CliIo } from './io.js';

/**
 * `qemu-opts lint --fix`: applies the machine-applicable fixes to a file and writes it back.
 * Edits are in offsets of the decoded text, mapped through the shell/.args source maps by the
 * linter; every other character of the file is written back as it was read (a UTF-8 byte
 * order mark included). Fixes whose edits overlap wait for the next round; the file is
 * linted again after each round, up to a few rounds.
 *
 * @module
 */

/** Rounds of fix-and-relint before giving up on fixes that keep overlapping. */
const MAX_ROUNDS = 5;

/** What fixing one file did. */
export interface FileFix {
  /** The lint result of the fixed text (what is left to report). */
  result: LintResult;
  /** How many edits were applied in all. */
  edits: number;
}

/**
 * Fixes `text` (read from `file`; `bom` when the file started with a byte order mark),
 * relinting with `lint`, and writes the file back when anything changed.
 */
export async function fixFile(
  file: string,
  text: string,
  bom: boolean,
  lint: (text: string) => LintResult,
  io: CliIo,
): Promise<FileFix> {
  let current = text;
  let result = lint(current);
  let edits = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixed = applyFixes(current, result.diagnostics);
    if (fixed.applied.length === 0 || fixed.text === current) break;
    edits += fixed.applied.length;
    current = fixed.text;
    result = lint(current);
  }
  if (current !== text) {
    const path = isAbsolute(file) ? file : resolve(io.cwd, file);
    await writeFile(path, (bom ? '\uFEFF' : '') + current, 'utf8');
  }
  return { result, edits };
}

/** Whether `bytes` start with a UTF-8 byte order mark (which decoding drops). */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
