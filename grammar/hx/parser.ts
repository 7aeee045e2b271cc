/**
 * The parser of the `qemu-options.hx` format (spec section 5). It checks the shape of the
 * file and builds a CST; `src/model/hx/read-hx.ts` turns the CST into a document model.
 *
 * Rule names follow the file format's own words: `def`, `defHeading`, `archHeading`,
 * `rstBlock` (SRST…ERST) and the C preprocessor's (`ifDirective`, `orExpr`, …).
 *
 * @module
 */
import { CstParser, EOF, type CstNode, type IToken } from 'chevrotain';
import {
  allHxTokens, AndAnd, ArchHeading, Bang, Comma, Def, DefHeading, Defined, DirectiveEnd, Hash,
  HxComment, Identifier, IntegerLiteral, LParen, OrOr, Pipe, PpDefine, PpElif,
  PpElse, PpEndif, PpIf, PpIfdef, PpIfndef, PpOther, PpUndef, RParen, RstComment, RstEnd,
  RstLine, RstStart, StrayRstEnd, StringLiteral,
} from './tokens.js';
import { hxLexer } from './lexer.js';
import { boundExpressionDepth } from './expression-depth.js';

/** Parser for `.hx` files; reuse one instance by setting `input`. */
export class HxParser extends CstParser {
  constructor() {
    super(allHxTokens, { recoveryEnabled: true, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  /** The whole file: a sequence of items. */
  public hxFile = this.RULE('hxFile', () => {
    this.MANY(() => this.SUBRULE(this.item));
  });

  /** One top-level item. */
  public item = this.RULE('item', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.def) },
      { ALT: () => this.CONSUME(DefHeading) },
      { ALT: () => this.CONSUME(ArchHeading) },
      { ALT: () => this.SUBRULE(this.rstBlock) },
      { ALT: () => this.SUBRULE(this.directive) },
      { ALT: () => this.CONSUME(HxComment) },
      { ALT: () => this.CONSUME(StrayRstEnd) },
    ]);
  });

  /**
   * `DEF(name, flags, enum, help, arch_mask)` (spec 5.2; QEMU's `include/qemu/...` users
   * define the macro three ways). The help argument may hold directives between literals.
   */
  public def = this.RULE('def', () => {
    this.CONSUME(Def);
    this.CONSUME(LParen);
    this.CONSUME(StringLiteral, { LABEL: 'name' });
    this.CONSUME(Comma);
    this.OR([
      { ALT: () => this.CONSUME(Identifier, { LABEL: 'flags' }) },
      { ALT: () => this.CONSUME(IntegerLiteral, { LABEL: 'flags' }) },
    ]);
    this.CONSUME2(Comma);
    this.CONSUME2(Identifier, { LABEL: 'enumName' });
    this.CONSUME3(Comma);
    this.SUBRULE(this.helpText);
    this.CONSUME4(Comma);
    this.SUBRULE(this.archMask);
    this.CONSUME(RParen);
  });

  /** Adjacent string literals and macros (`DEFAULT_NETWORK_SCRIPT`), directives between. */
  public helpText = this.RULE('helpText', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(StringLiteral, { LABEL: 'piece' }) },
        { ALT: () => this.CONSUME(Identifier, { LABEL: 'piece' }) },
        { ALT: () => this.SUBRULE(this.directive, { LABEL: 'piece' }) },
      ]);
    });
  });

  /** `QEMU_ARCH_A | QEMU_ARCH_B …`, or a number. */
  public archMask = this.RULE('archMask', () => {
    this.AT_LEAST_ONE_SEP({
      SEP: Pipe,
      DEF: () =>
        this.OR([
          { ALT: () => this.CONSUME(Identifier, { LABEL: 'arch' }) },
          { ALT: () => this.CONSUME(IntegerLiteral, { LABEL: 'arch' }) },
        ]),
    });
  });

  /** `SRST` or `SRST(label)`, rST lines, `ERST` (spec 5.5). */
  public rstBlock = this.RULE('rstBlock', () => {
    this.CONSUME(RstStart);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(RstLine, { LABEL: 'line' }) },
        { ALT: () => this.CONSUME(RstComment, { LABEL: 'line' }) },
      ]);
    });
    this.CONSUME(RstEnd);
  });

  /** A `#` line: one of the directives below, then its newline (absent at end of file). */
  public directive = this.RULE('directive', () => {
    this.CONSUME(Hash);
    this.OR([
      { ALT: () => this.SUBRULE(this.ifDirective) },
      { ALT: () => this.SUBRULE(this.ifdefDirective) },
      { ALT: () => this.SUBRULE(this.elifDirective) },
      { ALT: () => this.CONSUME(PpElse, { LABEL: 'else' }) },
      { ALT: () => this.CONSUME(PpEndif, { LABEL: 'endif' }) },
      { ALT: () => this.SUBRULE(this.otherDirective) },
    ]);
    this.OPTION(() => this.CONSUME(DirectiveEnd));
  });

  /** `#if expr`. */
  public ifDirective = this.RULE('ifDirective', () => {
    this.CONSUME(PpIf);
    this.SUBRULE(this.orExpr);
  });

  /** `#ifdef NAME` / `#ifndef NAME`. */
  public ifdefDirective = this.RULE('ifdefDirective', () => {
    this.OR([
      { ALT: () => this.CONSUME(PpIfdef, { LABEL: 'kind' }) },
      { ALT: () => this.CONSUME(PpIfndef, { LABEL: 'kind' }) },
    ]);
    this.CONSUME(Identifier);
  });

  /** `#elif expr`. */
  public elifDirective = this.RULE('elifDirective', () => {
    this.CONSUME(PpElif);
    this.SUBRULE(this.orExpr);
  });

  /** `#undef NAME`, `#define …` and other directives, kept but not interpreted. */
  public otherDirective = this.RULE('otherDirective', () => {
    this.OR([
      { ALT: () => this.CONSUME(PpUndef, { LABEL: 'name' }) },
      { ALT: () => this.CONSUME(PpDefine, { LABEL: 'name' }) },
      { ALT: () => this.CONSUME(Identifier, { LABEL: 'name' }) },
    ]);
    this.MANY(() => {
      this.OR2([
        { ALT: () => this.CONSUME2(Identifier, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(IntegerLiteral, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(StringLiteral, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(LParen, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(RParen, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(Comma, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(OrOr, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(AndAnd, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(Bang, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(Defined, { LABEL: 'rest' }) },
        { ALT: () => this.CONSUME(PpOther, { LABEL: 'rest' }) },
      ]);
    });
  });

  /** `a || b || …`. */
  public orExpr = this.RULE('orExpr', () => {
    this.SUBRULE(this.andExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(OrOr);
      this.SUBRULE2(this.andExpr, { LABEL: 'operand' });
    });
  });

  /** `a && b && …`. */
  public andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.unaryExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(AndAnd);
      this.SUBRULE2(this.unaryExpr, { LABEL: 'operand' });
    });
  });

  /** `!x`, `defined(NAME)`, `defined NAME`, `NAME`, `0`/`1`, `(expr)`. */
  public unaryExpr = this.RULE('unaryExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Bang);
          this.SUBRULE(this.unaryExpr, { LABEL: 'negated' });
        },
      },
      { ALT: () => this.SUBRULE(this.definedExpr) },
      { ALT: () => this.CONSUME(Identifier, { LABEL: 'macro' }) },
      { ALT: () => this.CONSUME(IntegerLiteral, { LABEL: 'number' }) },
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.orExpr, { LABEL: 'inner' });
          this.CONSUME(RParen);
        },
      },
    ]);
  });

  /** `defined(NAME)` or `defined NAME`. */
  public definedExpr = this.RULE('definedExpr', () => {
    this.CONSUME(Defined);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.CONSUME(Identifier, { LABEL: 'macro' });
          this.CONSUME(RParen);
        },
      },
      { ALT: () => this.CONSUME2(Identifier, { LABEL: 'macro' }) },
    ]);
  });
}

/** One parse: tokens, CST and the errors of both stages. */
export interface HxParseResult {
  /** The tokens (without skipped ones). */
  tokens: IToken[];
  /** The CST of the whole file (partial where errors were recovered from). */
  cst: CstNode;
  /** Lexing errors: offset, line, column and length of text no token matches. */
  lexErrors: { offset: number; line: number; column: number; length: number; message: string }[];
  /** Parsing errors with the token where each was found. */
  parseErrors: { message: string; token: IToken }[];
  /** Where an `#if`/`#elif` expression went too deep; each was parsed as `0`. */
  tooDeep: IToken[];
}

let shared: HxParser | undefined;

/** Lexes and parses a whole `.hx` text. Never throws for bad input. */
export function parseHx(text: string): HxParseResult {
  const lexed = hxLexer().tokenize(text);
  const bounded = boundExpressionDepth(lexed.tokens);
  shared ??= new HxParser();
  shared.input = bounded.tokens;
  const cst = shared.hxFile();
  return {
    tokens: bounded.tokens,
    tooDeep: bounded.tooDeep,
    cst,
    lexErrors: lexed.errors.map((e) => ({
      offset: e.offset,
      line: e.line ?? 1,
      column: e.column ?? 1,
      length: e.length,
      message: e.message,
    })),
    parseErrors: shared.errors.map((e) => ({ message: e.message, token: e.token })),
  };
}

/** Whether a token is chevrotain's end-of-input token (its position is not set). */
export function isEndOfInput(token: IToken): boolean {
  return token.tokenType === EOF;
}
