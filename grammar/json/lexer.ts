/**
 * The JSON lexer. Every input lexes without chevrotain errors: what QEMU rejects becomes
 * a `Stray` token.
 *
 * @module
 */
import { Lexer, type ILexingResult } from 'chevrotain';
import { jsonTokens } from './tokens.js';

let shared: Lexer | undefined;

/** Builds the lexer; `validate` runs chevrotain's definition checks (tests do). */
export function createJsonLexer(validate = false): Lexer {
  // `BadChar` (any character) rules out chevrotain's first-character optimisation; safe mode
  // skips the costly analysis that would find that out at start-up.
  return new Lexer(jsonTokens, { positionTracking: 'full', skipValidations: !validate,
    safeMode: !validate });
}

/** Tokenises a JSON argument. */
export function tokenizeJson(text: string): ILexingResult {
  shared ??= createJsonLexer();
  return shared.tokenize(text);
}
