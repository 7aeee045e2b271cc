/**
 * The QemuOpts lexer. Every input lexes without error: each character is a `,` or starts
 * a `KeyValue` (if a `=` comes before the next `,`) or a `Flag`.
 *
 * @module
 */
import { Lexer, type ILexingResult, type IToken } from 'chevrotain';
import { FIRST_MODE, ITEM_MODE, qemuOptsLexerDefinition } from './tokens.js';

/**
 * Builds the lexer. `validate` runs chevrotain's definition checks (tests do); the product
 * skips them to save start-up time, since the definition is fixed. The validating lexer
 * tracks offsets only: with line tracking, chevrotain would warn that no token is marked
 * as holding line breaks, which is deliberate (see `tokens.ts`). The lexer runs without
 * chevrotain's first-character optimisation, which cannot analyse the negated character
 * classes; the mode's first pattern matches almost every item anyway.
 */
export function createQemuOptsLexer(validate = false): Lexer {
  return new Lexer(qemuOptsLexerDefinition, {
    positionTracking: validate ? 'onlyOffset' : 'full',
    skipValidations: !validate,
    // The modes cannot use chevrotain's first-character optimisation (negated classes), and
    // analysing them for it costs several milliseconds of start-up: skip the analysis.
    safeMode: !validate,
  });
}

let shared: Lexer | undefined;

/**
 * Tokenises one QemuOpts string; `implied` starts in the implied-first-item mode. Every
 * token carries its offset, line and column (1-based), also when the text spans lines.
 */
export function tokenizeQemuOpts(text: string, implied: boolean): ILexingResult {
  shared ??= createQemuOptsLexer();
  const result = shared.tokenize(text, implied ? FIRST_MODE : ITEM_MODE);
  if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) relocate(result.tokens, text);
  return result;
}

/** Sets lines and columns of `tokens` in a text with line breaks (`\n`, `\r\n`, `\r`). */
function relocate(tokens: IToken[], text: string): void {
  let line = 1;
  let lineStart = 0;
  let at = 0;
  const advance = (to: number): void => {
    for (; at < to; at++) {
      const ch = text.charCodeAt(at);
      if (ch === 10 || (ch === 13 && text.charCodeAt(at + 1) !== 10)) {
        line++;
        lineStart = at + 1;
      }
    }
  };
  for (const token of tokens) {
    advance(token.startOffset);
    token.startLine = line;
    token.startColumn = at - lineStart + 1;
    advance(token.startOffset + token.image.length - 1);
    token.endLine = line;
    token.endColumn = at - lineStart + 1;
  }
}
