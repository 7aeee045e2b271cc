/**
 * The lexer of the `qemu-options.hx` format, built once from {@link hxLexerDefinition}.
 *
 * @module
 */
import { Lexer } from 'chevrotain';
import { hxLexerDefinition } from './tokens.js';

let shared: Lexer | undefined;

/**
 * The shared lexer instance (chevrotain lexers are stateless between `tokenize` calls),
 * built on first use: building it validates the definition, which costs tens of
 * milliseconds that commands not reading `.hx` files should not pay at start-up.
 */
export function hxLexer(): Lexer {
  shared ??= new Lexer(hxLexerDefinition, {
    positionTracking: 'full',
    ensureOptimizations: false,
  });
  return shared;
}
