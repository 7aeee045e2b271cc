/**
 * A bound on the nesting of `#if`/`#elif` expressions, checked on the tokens before the
 * parser runs. The parser is recursive descent (chevrotain): each `(` costs three rules and
 * each `!` one, and a few hundred levels overflow the call stack, though `gcc -E` reads
 * thousands. An expression nested deeper than {@link MAX_EXPRESSION_DEPTH} is replaced by
 * `0` and reported; everything else is parsed as written.
 *
 * @module
 */
import type { IToken } from 'chevrotain';
import {
  Bang, Defined, DirectiveEnd, Hash, Identifier, IntegerLiteral, LParen, PpElif, PpIf, RParen,
} from './tokens.js';

/** The deepest `(` and `!` nesting of one `#if`/`#elif` expression that is parsed. */
export const MAX_EXPRESSION_DEPTH = 200;

/** The tokens to parse, and the first token of each expression that was too deep. */
export interface BoundedTokens {
  /** The tokens, with each too deep expression replaced by one `0`. */
  tokens: IToken[];
  /** Where each replaced expression went too deep. */
  tooDeep: IToken[];
}

/**
 * Replaces each `#if`/`#elif` expression nested more than {@link MAX_EXPRESSION_DEPTH}
 * levels deep by the literal `0`. Depth counts open `(` and the `!`s waiting for their
 * operand, as the parser's recursion does.
 */
export function boundExpressionDepth(tokens: IToken[]): BoundedTokens {
  const out: IToken[] = [];
  const tooDeep: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    out.push(token);
    const next = tokens[i + 1];
    if (token.tokenType !== Hash || (next?.tokenType !== PpIf && next?.tokenType !== PpElif)) {
      continue;
    }
    out.push(next);
    let end = i + 2;
    while (end < tokens.length && tokens[end].tokenType !== DirectiveEnd) end++;
    const deep = firstTooDeep(tokens, i + 2, end);
    if (deep === undefined) {
      for (let k = i + 2; k < end; k++) out.push(tokens[k]);
    } else {
      tooDeep.push(tokens[deep]);
      out.push({ ...tokens[i + 2], image: '0', tokenType: IntegerLiteral,
        tokenTypeIdx: IntegerLiteral.tokenTypeIdx as number });
    }
    i = end - 1;
  }
  return { tokens: out, tooDeep };
}

/** The index of the first token in `[from, to)` beyond the depth bound, or undefined. */
function firstTooDeep(tokens: IToken[], from: number, to: number): number | undefined {
  // What is open: a `(` or a `!` still waiting for its operand.
  const open: ('(' | '!')[] = [];
  const operandDone = () => {
    while (open[open.length - 1] === '!') open.pop();
  };
  for (let k = from; k < to; k++) {
    const type = tokens[k].tokenType;
    if (type === Bang) open.push('!');
    else if (type === LParen && tokens[k - 1]?.tokenType !== Defined) open.push('(');
    else if (type === RParen) {
      operandDone();
      if (open[open.length - 1] === '(') open.pop();
      operandDone();
    } else if (type === Identifier || type === IntegerLiteral) {
      // `defined(NAME)` ends at its `)`; `defined NAME`, a NAME or a number end here.
      if (tokens[k - 1]?.tokenType !== LParen || tokens[k - 2]?.tokenType !== Defined) {
        operandDone();
      }
    }
    if (open.length > MAX_EXPRESSION_DEPTH) return k;
  }
  return undefined;
}
