/**
 * The JSON parser (spec 3.3; QEMU `qobject/json-parser.c`): builds a tree with spans and
 * JSON types. Errors carry QEMU's wording (without the `JSON parse error, ` prefix, which
 * the model adds); it stops at the first error, as QEMU does.
 *
 * @module
 */
import type { IToken, TokenType } from 'chevrotain';
import {
  Colon, Comma, Float, Integer, Keyword, LCurly, LSquare, RCurly, RSquare, StringLiteral,
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

/** An open `[` or `{` whose elements or members are being read. */
type Open =
  | { kind: 'array'; open: IToken; elements: JsonNode[] }
  | { kind: 'object'; open: IToken; members: Map<string, JsonMember>; key?: JsonNode;
    colon?: IToken };

const startsValue = (token: IToken | undefined): boolean =>
  token !== undefined && (token.tokenType === LCurly || token.tokenType === LSquare ||
    token.tokenType === StringLiteral || token.tokenType === Integer ||
    token.tokenType === Float || token.tokenType === Keyword);

/**
 * The parser (QEMU `parse_value`, `parse_object`, `parse_pair`, `parse_array`): one value
 * from `tokens`, with QEMU's messages. Iterative, with an explicit stack of open brackets,
 * so nesting costs heap, not call stack: QEMU accepts 1023 levels, which a recursive
 * descent (chevrotain's rules take a dozen frames per level) cannot reach. `eof` is the
 * offset reported for `premature EOI`.
 *
 * Deviation from the rest of grammar/: hand-written over the chevrotain tokens, for depth.
 * @throws {JsonParseError} at the first error, as QEMU stops there.
 */
export function parseJsonTokens(tokens: readonly IToken[], eof: number): JsonNode {
  const stack: Open[] = [];
  let pos = 0;
  for (;;) {
    // Read a value, or open a container and go on reading its first element.
    const token = tokens[pos];
    let value: JsonNode | undefined;
    if (token?.tokenType === LCurly || token?.tokenType === LSquare) {
      pos++;
      const curly = token.tokenType === LCurly;
      if (tokens[pos]?.tokenType === (curly ? RCurly : RSquare)) {
        value = curly ? { kind: 'object', members: new Map(), span: between(token, tokens[pos]) }
          : { kind: 'array', elements: [], span: between(token, tokens[pos]) };
        pos++;
      } else {
        if (!startsValue(tokens[pos])) throw noValue(tokens[pos], eof);
        stack.push(curly ? { kind: 'object', open: token, members: new Map() }
          : { kind: 'array', open: token, elements: [] });
        continue;
      }
    } else {
      if (!startsValue(token)) throw noValue(token, eof);
      value = literal(token);
      pos++;
    }
    // Hand the value to the open containers, closing each that ends here.
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (pos < tokens.length) {
          throw new JsonParseError('Expecting at most one JSON value', spanOf(tokens[pos]));
        }
        return value;
      }
      const next = tokens[pos];
      if (top.kind === 'object' && top.key === undefined) {
        if (value.kind !== 'string') {
          throw new JsonParseError('key is not a string in object', value.span);
        }
        if (next?.tokenType !== Colon) throw mismatch(next, eof, 'missing : in object pair');
        top.key = value;
        top.colon = next;
        pos++;
        break;
      }
      if (top.kind === 'object') {
        add(top.members, top.key as JsonNode, top.colon as IToken, value);
        top.key = undefined;
      } else {
        top.elements.push(value);
      }
      if (next?.tokenType === Comma) {
        pos++;
        break;
      }
      const close = top.kind === 'object' ? RCurly : RSquare;
      if (next?.tokenType !== close) {
        throw mismatch(next, eof, top.kind === 'object' ? 'expected separator in dict'
          : 'expected separator in list');
      }
      pos++;
      stack.pop();
      value = top.kind === 'object'
        ? { kind: 'object', members: top.members, span: between(top.open, next) }
        : { kind: 'array', elements: top.elements, span: between(top.open, next) };
    }
    if (!startsValue(tokens[pos])) throw noValue(tokens[pos], eof);
  }
}

/** Stores a member (QEMU `parse_pair`): a key seen before is an error at the colon. */
function add(members: Map<string, JsonMember>, key: JsonNode, colon: IToken, value: JsonNode):
    void {
  if (key.kind !== 'string') return;
  if (members.has(key.value)) throw new JsonParseError('duplicate key', spanOf(colon));
  members.set(key.value, { key: key.value, keySpan: key.span, value });
}

/** The error where a value should start: `premature EOI` at the end, else `expecting value`. */
function noValue(token: IToken | undefined, eof: number): JsonParseError {
  return mismatch(token, eof, 'expecting value');
}

/** `message` at `token`, or `premature EOI` when the tokens ran out. */
function mismatch(token: IToken | undefined, eof: number, message: string): JsonParseError {
  if (token === undefined) return new JsonParseError('premature EOI', { start: eof, end: eof });
  return new JsonParseError(message, spanOf(token));
}

/** The span from `open` to `close`. */
function between(open: IToken, close: IToken): JsonSpan {
  return { start: open.startOffset, end: close.startOffset + 1 };
}

/** A string, number or keyword (QEMU `parse_literal`, `parse_keyword`). */
function literal(token: IToken): JsonNode {
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
