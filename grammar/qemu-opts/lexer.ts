/**
 * The QemuOpts lexer. Every input lexes without error: each character is a `,` or starts
 * a `KeyValue` (if a `=` comes before the next `,`) or a `Flag`.
 *
 * @module
 */
import { Lexer, type ILexingResult } from 'chevrotain';
import { FIRST_MODE, ITEM_MODE, qemuOptsLexerDefinition } from './tokens.js';

/**
 * Builds the lexer. `validate` runs chevrotain's definition checks (tests do); the product
 * skips them to save start-up time, since the definition is fixed. Tokens carry their
 * offset only (`startOffset`; chevrotain's `onlyOffset` tracking): the offset is the
 * token's position, and lines and columns, which cost time on every token and which no
 * reader of a one-word argument needs, are derived from it when wanted (`SourceText` in
 * `src/model/source-text.ts`). The lexer runs without chevrotain's first-character
 * optimisation: it cannot analyse the negated character classes, and the mode's first
 * pattern matches almost every item anyway.
 */
export function createQemuOptsLexer(validate = false): Lexer {
  return new Lexer(qemuOptsLexerDefinition, {
    positionTracking: 'onlyOffset',
    skipValidations: !validate,
    // Analysing the modes for the first-character optimisation they cannot use costs
    // several milliseconds of start-up: skip the analysis.
    safeMode: !validate,
  });
}

let shared: Lexer | undefined;

/**
 * Tokenises one QemuOpts string; `implied` starts in the implied-first-item mode. Every
 * token carries its offset in `text` (`startOffset`), also when the text spans lines.
 */
export function tokenizeQemuOpts(text: string, implied: boolean): ILexingResult {
  shared ??= createQemuOptsLexer();
  return shared.tokenize(text, implied ? FIRST_MODE : ITEM_MODE);
}
