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
  return new Lexer(jsonTokens, { positionTracking: 'full', skipValidations: !validate });
}

/** Tokenises a JSON argument. */
export function tokenizeJson(text: string): ILexingResult {
  shared ??= createJsonLexer();
  return shared.tokenize(text);
}
