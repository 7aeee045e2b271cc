/**
 * The JSON parser (spec 3.3; QEMU `qobject/json-parser.c`): builds a tree with spans and
 * JSON types in embedded actions. Errors carry QEMU's wording (without the
 * `JSON parse error, ` prefix, which the model adds); recovery is off because QEMU stops
 * at the first error.
 *
 * @module
 */
import {
  EmbeddedActionsParser,
  EOF,
  type IParserErrorMessageProvider,
  type IToken,
  type TokenType,
} from 'chevrotain';
import {
  Colon, Comma, Float, Integer, jsonTokens, Keyword, LCurly, LSquare, RCurly, RSquare,
  StringLiteral,
} from './tokens.js';

/** A range of offsets `[start, end)`. */
export interface JsonSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A member of a JSON object. */
export interface JsonMember {
  /** The key, unescaped. */
  key: string;
  /** The key as written, quotes included. */
  keySpan: JsonSpan;
  /** The value. */
  value: JsonNode;
}

/** A JSON value with its type as QEMU's input visitor sees it, and where it was written. */
export type JsonNode =
  | { kind: 'object'; members: Map<string, JsonMember>; span: JsonSpan }
  | { kind: 'array'; elements: JsonNode[]; span: JsonSpan }
  | { kind: 'string'; value: string; span: JsonSpan }
  /** An integer that fits int64 or uint64 (QEMU `QNum` integer). */
  | { kind: 'integer'; value: bigint; span: JsonSpan }
  /** A float, or an integer too big for 64 bits (QEMU `QNum` double). */
  | { kind: 'number'; value: number; span: JsonSpan }
  | { kind: 'boolean'; value: boolean; span: JsonSpan }
  | { kind: 'null'; span: JsonSpan };

/** A semantic error found in an action (QEMU's wording), thrown out of the parse. */
export class JsonParseError extends Error {
  override name = 'JsonParseError';
  constructor(message: string, readonly span: JsonSpan) {
    super(message);
  }
}

const spanOf = (token: IToken): JsonSpan =>
  ({ start: token.startOffset, end: token.startOffset + token.image.length });

/** QEMU's messages for what chevrotain finds (`parse_error` calls in json-parser.c). */
const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    if (actual.tokenType === EOF) return 'premature EOI';
    if (expected === Colon) return 'missing : in object pair';
    return ruleName === 'array' ? 'expected separator in list' : 'expected separator in dict';
  },
  buildNoViableAltMessage({ actual }) {
    return actual[0]?.tokenType === EOF ? 'premature EOI' : 'expecting value';
  },
  buildEarlyExitMessage: () => 'expecting value',
  buildNotAllInputParsedMessage: () => 'Expecting at most one JSON value',
};

const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** The code point of a `\u` escape (four hex digits) at `at` (after the backslash-u), or -1. */
function hex4(text: string, at: number): number {
  const digits = text.slice(at, at + 4);
  return HEX4.test(digits) ? parseInt(digits, 16) : -1;
}

/** Unescapes a string token's image as QEMU's `parse_string` does. */
export function unescapeJsonString(image: string, span: JsonSpan): string {
  let out = '';
  let at = 1;
  const end = image.length - 1;
  while (at < end) {
    const ch = image[at];
    if (ch !== '\\') {
      out += ch;
      at++;
      continue;
    }
    const escape = image[at + 1];
    const simple: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/',
      b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    if (escape !== 'u') {
      if (!(escape in simple)) throw new JsonParseError('invalid escape sequence in string', span);
      out += simple[escape];
      at += 2;
      continue;
    }
    const begin = at;
    let cp = hex4(image, at + 2);
    at += 6;
    if (cp >= 0xd800 && cp <= 0xdbff && image[at] === '\\' && image[at + 1] === 'u') {
      const trailing = hex4(image, at + 2);
      if (trailing >= 0xdc00 && trailing <= 0xdfff) {
        cp = 0x10000 + ((cp & 0x3ff) << 10) + (trailing & 0x3ff);
        at += 6;
      } else {
        cp = -1;
      }
    }
    if (cp < 0 || (cp >= 0xd800 && cp <= 0xdfff)) {
      throw new JsonParseError(`${image.slice(begin, at)} is not a valid Unicode character`, span);
    }
    out += String.fromCodePoint(cp);
  }
  return out;
}

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** An integer token as QEMU reads it: int64, else uint64, else a double. */
function integerNode(token: IToken): JsonNode {
  const value = BigInt(token.image);
  const span = spanOf(token);
  if (value >= INT64_MIN && value <= UINT64_MAX) return { kind: 'integer', value, span };
  return { kind: 'number', value: Number(token.image), span };
}

/** The parser: `value` is the entry rule. One instance, reused by setting `input`. */
export class JsonParser extends EmbeddedActionsParser {
  /** `value := object | array | string | number | keyword` (QEMU `parse_value`). */
  readonly value = this.RULE('value', (): JsonNode => this.OR([
    { ALT: () => this.SUBRULE(this.object) },
    { ALT: () => this.SUBRULE(this.array) },
    { ALT: () => this.literal(this.CONSUME(StringLiteral)) },
    { ALT: () => this.literal(this.CONSUME(Integer)) },
    { ALT: () => this.literal(this.CONSUME(Float)) },
    { ALT: () => this.literal(this.CONSUME(Keyword)) },
  ]));

  /** `object := '{' ( '}' | pair (',' pair)* '}' )` (QEMU `parse_object`). */
  private readonly object = this.RULE('object', (): JsonNode => {
    const open = this.CONSUME(LCurly);
    const members = new Map<string, JsonMember>();
    let close: IToken | undefined;
    this.OR([
      { ALT: () => { close = this.CONSUME(RCurly); } },
      { ALT: () => {
        this.SUBRULE(this.pair, { ARGS: [members] });
        this.MANY(() => {
          this.CONSUME(Comma);
          this.SUBRULE2(this.pair, { ARGS: [members] });
        });
        close = this.CONSUME2(RCurly);
      } },
    ]);
    return { kind: 'object', members, span: this.between(open, close) };
  });

  /** `pair := value ':' value` with a string key (QEMU `parse_pair`). */
  private readonly pair = this.RULE('pair', (members: Map<string, JsonMember>) => {
    const key = this.SUBRULE(this.value);
    if (!this.RECORDING_PHASE && key.kind !== 'string') {
      throw new JsonParseError('key is not a string in object', key.span);
    }
    const colon = this.CONSUME(Colon);
    const value = this.SUBRULE2(this.value);
    if (this.RECORDING_PHASE || key.kind !== 'string') return;
    if (members.has(key.value)) throw new JsonParseError('duplicate key', spanOf(colon));
    members.set(key.value, { key: key.value, keySpan: key.span, value });
  });

  /** `array := '[' ( ']' | value (',' value)* ']' )` (QEMU `parse_array`). */
  private readonly array = this.RULE('array', (): JsonNode => {
    const open = this.CONSUME(LSquare);
    const elements: JsonNode[] = [];
    let close: IToken | undefined;
    this.OR([
      { ALT: () => { close = this.CONSUME(RSquare); } },
      { ALT: () => {
        elements.push(this.SUBRULE(this.value));
        this.MANY(() => {
          this.CONSUME(Comma);
          elements.push(this.SUBRULE2(this.value));
        });
        close = this.CONSUME2(RSquare);
      } },
    ]);
    return { kind: 'array', elements, span: this.between(open, close) };
  });

  /** `validate` runs chevrotain's grammar checks (tests do; the product skips them). */
  constructor(validate = false) {
    super(jsonTokens, { recoveryEnabled: false, skipValidations: !validate,
      errorMessageProvider: messages });
    this.performSelfAnalysis();
  }

  /** The span from `open` to `close`. */
  private between(open: IToken, close: IToken | undefined): JsonSpan {
    const end = close ? close.startOffset + 1 : open.startOffset + 1;
    return { start: open.startOffset, end };
  }

  /** A string, number or keyword (QEMU `parse_literal`, `parse_keyword`). */
  private literal(token: IToken): JsonNode {
    if (this.RECORDING_PHASE) return { kind: 'null', span: { start: 0, end: 0 } };
    const span = spanOf(token);
    const type: TokenType = token.tokenType;
    if (type === StringLiteral) {
      return { kind: 'string', value: unescapeJsonString(token.image, span), span };
    }
    if (type === Integer) return integerNode(token);
    if (type === Float) return { kind: 'number', value: Number(token.image), span };
    if (token.image === 'true' || token.image === 'false') {
      return { kind: 'boolean', value: token.image === 'true', span };
    }
    if (token.image === 'null') return { kind: 'null', span };
    throw new JsonParseError(`invalid keyword '${token.image}'`, span);
  }
}
