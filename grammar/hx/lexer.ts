/**
 * The lexer of the `qemu-options.hx` format, built once from {@link hxLexerDefinition}.
 *
 * @module
 */
import { Lexer } from 'chevrotain';
import { hxLexerDefinition } from './tokens.js';

/** The shared lexer instance (chevrotain lexers are stateless between `tokenize` calls). */
export const hxLexer = new Lexer(hxLexerDefinition, {
  positionTracking: 'full',
  ensureOptimizations: false,
});
