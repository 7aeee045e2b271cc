/**
 * Tokens of QEMU's JSON (spec 3.3; QEMU `qobject/json-lexer.c`): standard JSON plus
 * single-quoted strings, only lower-case keywords, whitespace limited to space, tab, CR
 * and LF. Text QEMU's lexer rejects becomes a `Stray` token (its category), whose image
 * is the text QEMU quotes in `JSON parse error, stray '…'`.
 *
 * @module
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { scanNumber, scanString, type Scanned } from './scan.js';

/** A custom pattern from a scanner, matching only tokens whose `ok` equals `ok`. */
function pattern(
  scan: (text: string, offset: number) => Scanned | undefined,
  ok: boolean,
  float?: boolean,
) {
  return {
    exec(text: string, offset: number): RegExpExecArray | null {
      const found = scan(text, offset);
      if (found === undefined || found.ok !== ok) return null;
      if (float !== undefined && found.float !== float) return null;
      const match = [text.slice(offset, found.end)] as unknown as RegExpExecArray;
      return match;
    },
  };
}

/** Text QEMU's lexer rejects (category of every bad token). */
export const Stray = createToken({ name: 'Stray', pattern: Lexer.NA });
/** Whitespace QEMU skips: space, tab, CR, LF. */
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/,
  group: Lexer.SKIPPED, line_breaks: true });
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
/** An integer (`JSON_INTEGER`). */
export const Integer = createToken({ name: 'Integer', pattern: pattern(scanNumber, true, false),
  start_chars_hint: ['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], line_breaks: false });
/** A number with a fraction or exponent (`JSON_FLOAT`). */
export const Float = createToken({ name: 'Float', pattern: pattern(scanNumber, true, true),
  start_chars_hint: ['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], line_breaks: false });
/** A malformed number (`01`, `-}`, `1.x`): a stray. */
export const BadNumber = createToken({ name: 'BadNumber', pattern: pattern(scanNumber, false),
  start_chars_hint: ['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], line_breaks: true,
  categories: [Stray] });
/** A double- or single-quoted string, escapes unchecked (`JSON_STRING`). */
export const StringLiteral = createToken({ name: 'StringLiteral',
  pattern: pattern(scanString, true), start_chars_hint: ['"', "'"], line_breaks: false });
/** An unterminated string, or one with a control character: a stray. */
export const BadString = createToken({ name: 'BadString', pattern: pattern(scanString, false),
  start_chars_hint: ['"', "'"], line_breaks: true, categories: [Stray] });
/** A run of lower-case letters (`JSON_KEYWORD`); the parser knows `true`, `false`, `null`. */
export const Keyword = createToken({ name: 'Keyword', pattern: /[a-z]+/ });
/** Any other character: a stray. */
export const BadChar = createToken({ name: 'BadChar', pattern: /[^]/, line_breaks: true,
  categories: [Stray] });

/** Every token type, in match order. */
export const jsonTokens: TokenType[] = [
  WhiteSpace, LCurly, RCurly, LSquare, RSquare, Comma, Colon, Float, Integer, BadNumber,
  StringLiteral, BadString, Keyword, BadChar, Stray,
];
