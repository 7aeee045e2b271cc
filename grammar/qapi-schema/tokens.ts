/**
 * Tokens of QEMU's QAPI schema language (QEMU `scripts/qapi/parser.py`, `QAPISchemaParser.
 * accept`): JSON with `#` comments, single-quoted strings without escapes, `true` and
 * `false`. Anything else is a `Stray` token, reported by the parser with its position.
 *
 * @module
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

/** Spaces, tabs and line breaks between tokens. */
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/,
  group: Lexer.SKIPPED, line_breaks: true });
/** A `#` comment up to the end of its line (doc comments included: we read no prose). */
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/,
  group: Lexer.SKIPPED });
/** `{` */
export const LCurly = createToken({ name: 'LCurly', pattern: '{' });
/** `}` */
export const RCurly = createToken({ name: 'RCurly', pattern: '}' });
/** `[` */
export const LSquare = createToken({ name: 'LSquare', pattern: '[' });
/** `]` */
export const RSquare = createToken({ name: 'RSquare', pattern: ']' });
/** `,` */
export const Comma = createToken({ name: 'Comma', pattern: ',' });
/** `:` */
export const Colon = createToken({ name: 'Colon', pattern: ':' });
/**
 * A single-quoted string on one line. Deviation: parser.py also takes `\\` escapes;
 * the schema files of our releases use none, so a backslash is a stray here.
 */
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /'[^'\\\n]*'/ });
/** `true` or `false`. */
export const Bool = createToken({ name: 'Bool', pattern: /true|false/ });
/** Anything else: an unterminated string, a double quote, a stray character. */
export const Stray = createToken({ name: 'Stray', pattern: /'[^'\n]*|[^]/, line_breaks: true });

/** Every token type, in match order. */
export const qapiSchemaTokens: TokenType[] = [
  WhiteSpace, Comment, LCurly, RCurly, LSquare, RSquare, Comma, Colon, StringLiteral, Bool,
  Stray,
];
