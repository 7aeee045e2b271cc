/**
 * The QAPI schema file parser (QEMU `scripts/qapi/parser.py`): a file is a sequence of
 * top-level expressions, each a JSON-like object; values are objects, arrays, strings and
 * booleans. Objects keep their key order (QAPI member order is schema order). Every error
 * carries its line and column; recovery is off, the first error ends the file.
 *
 * @module
 */
import {
  EmbeddedActionsParser, EOF, Lexer, type IParserErrorMessageProvider, type IToken,
} from 'chevrotain';
import {
  Bool, Colon, Comma, LCurly, LSquare, qapiSchemaTokens, RCurly, RSquare, Stray,
  StringLiteral,
} from './tokens.js';

/** A position in a schema file (1-based line and column, 0-based offset). */
export interface QapiPosition {
  /** Offset of the first character. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** A value of the schema language. Object keys keep the order they were written in. */
export type QapiValue =
  | string
  | boolean
  | QapiValue[]
  | { [key: string]: QapiValue };

/** One top-level expression and where it starts. */
export interface QapiExpression {
  /** The expression (always an object in a valid file). */
  value: { [key: string]: QapiValue };
  /** Where its `{` is. */
  at: QapiPosition;
}

/** An error in a schema file. */
export interface QapiSchemaError {
  /** What is wrong (parser.py's wording where it has one). */
  message: string;
  /** Where. */
  at: QapiPosition;
}

/** What reading one file gives: the expressions up to the first error, and that error. */
export interface QapiSchemaRead {
  /** The top-level expressions, in file order. */
  expressions: QapiExpression[];
  /** The first error, if any. */
  errors: QapiSchemaError[];
}

const positionOf = (t: IToken): QapiPosition =>
  ({ offset: t.startOffset, line: t.startLine ?? 1, column: t.startColumn ?? 1 });

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual }) =>
    actual.tokenType === EOF ? 'expected more input' : expected === Colon ? "expected ':'"
      : actual.tokenType === Stray ? `stray '${actual.image}'` : "expected ',' or closing bracket",
  buildNoViableAltMessage: ({ actual }) => actual[0]?.tokenType === Stray
    ? `stray '${actual[0].image}'` : 'expected a value',
  buildEarlyExitMessage: () => 'expected a value',
  buildNotAllInputParsedMessage: ({ firstRedundant }) => `stray '${firstRedundant.image}'`,
};

/** The parser; `file` is the entry rule. */
class QapiSchemaParser extends EmbeddedActionsParser {
  /** `file := object*` (parser.py `QAPISchemaParser._parse`). */
  readonly file = this.RULE('file', (): QapiExpression[] => {
    const out: QapiExpression[] = [];
    this.MANY(() => {
      const at = this.LA(1);
      const value = this.SUBRULE(this.object);
      if (!this.RECORDING_PHASE) out.push({ value, at: positionOf(at) });
    });
    return out;
  });

  /** `value := object | array | string | bool` (parser.py `get_expr`). */
  private readonly value = this.RULE('value', (): QapiValue => this.OR([
    { ALT: () => this.SUBRULE(this.object) },
    { ALT: () => this.SUBRULE(this.array) },
    { ALT: () => this.CONSUME(StringLiteral).image.slice(1, -1) },
    { ALT: () => this.CONSUME(Bool).image === 'true' },
  ]));

  /** `object := '{' ( pair (',' pair)* )? '}'` with string keys (parser.py `get_members`). */
  private readonly object = this.RULE('object', (): { [key: string]: QapiValue } => {
    const out: { [key: string]: QapiValue } = {};
    this.CONSUME(LCurly);
    this.MANY_SEP({ SEP: Comma, DEF: () => {
      const key = this.CONSUME(StringLiteral);
      this.CONSUME(Colon);
      const value = this.SUBRULE(this.value);
      if (this.RECORDING_PHASE) return;
      const name = key.image.slice(1, -1);
      if (Object.hasOwn(out, name)) throw new QapiDuplicateKey(name, positionOf(key));
      Object.defineProperty(out, name, { value, enumerable: true, writable: true,
        configurable: true });
    } });
    this.CONSUME(RCurly);
    return out;
  });

  /** `array := '[' ( value (',' value)* )? ']'` (parser.py `get_values`). */
  private readonly array = this.RULE('array', (): QapiValue[] => {
    const out: QapiValue[] = [];
    this.CONSUME(LSquare);
    this.MANY_SEP({ SEP: Comma, DEF: () => { out.push(this.SUBRULE(this.value)); } });
    this.CONSUME(RSquare);
    return out;
  });

  constructor() {
    super(qapiSchemaTokens, { recoveryEnabled: false, errorMessageProvider: messages });
    this.performSelfAnalysis();
  }
}

/** A key written twice in one object (parser.py: `duplicate key`). */
class QapiDuplicateKey extends Error {
  override name = 'QapiDuplicateKey';
  constructor(readonly key: string, readonly at: QapiPosition) {
    super(`duplicate key '${key}'`);
  }
}

let lexer: Lexer | undefined;
let parser: QapiSchemaParser | undefined;

/** Reads one QAPI schema file's text. Never throws for bad input. */
export function readQapiSchemaText(text: string): QapiSchemaRead {
  lexer ??= new Lexer(qapiSchemaTokens, { positionTracking: 'full' });
  parser ??= new QapiSchemaParser();
  const lexed = lexer.tokenize(text);
  parser.input = lexed.tokens;
  try {
    const expressions = parser.file();
    const error = parser.errors[0];
    if (error === undefined) return { expressions, errors: [] };
    const token = error.token.tokenType === EOF ? lexed.tokens[lexed.tokens.length - 1]
      : error.token;
    const at = token ? positionOf(token) : { offset: 0, line: 1, column: 1 };
    return { expressions, errors: [{ message: error.message, at }] };
  } catch (e) {
    if (!(e instanceof QapiDuplicateKey)) throw e;
    return { expressions: [], errors: [{ message: e.message, at: e.at }] };
  }
}
