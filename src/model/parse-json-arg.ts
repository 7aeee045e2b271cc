import type { IToken } from 'chevrotain';
import { tokenizeJson } from '../../grammar/json/lexer.js';
import { JsonParseError, parseJsonTokens, type JsonNode } from '../../grammar/json/parser.js';
import {
  LCurly, LSquare, RCurly, RSquare, Stray,
} from '../../grammar/json/tokens.js';
import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { requireString } from '../api/usage-error.js';

/**
 * Reading an argument that starts with `{` as QEMU does (spec 3.3; QEMU
 * `qobject_from_json`): its JSON lexer, its streamer (which hands each complete top-level
 * value, or the first lexer error, to the parser) and its parser, with QEMU's messages.
 *
 * @module
 */

export type { JsonMember, JsonNode, JsonSpan } from '../../grammar/json/parser.js';

/** The result of reading a JSON argument. */
export interface ParsedJsonArg {
  /** The value, when QEMU would accept the text. */
  value?: JsonNode;
  /** At most one error (QEMU reports the first). */
  diagnostics: SpanDiagnostic[];
}

/** QEMU's streamer limit on nested brackets (`MAX_NESTING`). */
const MAX_NESTING = 1024;

/**
 * Parses `text` as QEMU's JSON: exactly one value, single-quoted strings allowed.
 * Never throws; a malformed text gives one `json-syntax` error with QEMU's message.
 *
 * @since 0.1.0
 * @throws {QemuOptsUsageError} when called with a text that is not a string.
 */
export function parseJsonArg(text: string): ParsedJsonArg {
  requireString('parseJsonArg', 'text', text);
  const tokens = tokenizeJson(text).tokens;
  if (tokens.length === 0) return failure('Expecting a JSON value', { start: 0, end: 0 });
  let braces = 0;
  let brackets = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.tokenType === Stray || token.tokenType.CATEGORIES?.includes(Stray)) {
      return failure(`JSON parse error, stray '${token.image}'`, spanOf(token));
    }
    braces += token.tokenType === LCurly ? 1 : token.tokenType === RCurly ? -1 : 0;
    brackets += token.tokenType === LSquare ? 1 : token.tokenType === RSquare ? -1 : 0;
    if (braces + brackets > MAX_NESTING) {
      return failure('JSON nesting depth limit exceeded', spanOf(token));
    }
    if ((braces > 0 || brackets > 0) && braces >= 0 && brackets >= 0) continue;
    const first = parse(tokens.slice(0, i + 1), text);
    if (first.value && i + 1 < tokens.length) {
      return failure('Expecting at most one JSON value', spanOf(tokens[i + 1]));
    }
    return first;
  }
  return parse(tokens, text);
}

/** Runs the parser on the tokens of one top-level value. */
function parse(tokens: IToken[], text: string): ParsedJsonArg {
  try {
    return { value: parseJsonTokens(tokens, text.length), diagnostics: [] };
  } catch (error) {
    if (!(error instanceof JsonParseError)) throw error;
    const message = error.message.startsWith('Expecting')
      ? error.message : `JSON parse error, ${error.message}`;
    return failure(message, error.span);
  }
}

/** The span of a token. */
function spanOf(token: IToken): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

/** A result with one `json-syntax` error. */
function failure(message: string, span: Span): ParsedJsonArg {
  return { diagnostics: [{ code: 'json-syntax', severity: 'error', message, span }] };
}
