import type { JsonNode } from '../model/parse-json-arg.js';

/**
 * How QEMU's QAPI input visitor reads one scalar member (spec 2.5): from a keyval string
 * (every value is text) or from a JSON value (the JSON type must match), with its messages.
 *
 * @module
 */

/** The QAPI scalar types the linter checks members against. */
export type QapiScalar = 'bool' | 'int' | 'str';

/** Bool spellings of the keyval visitor (spec 2.2). */
const BOOL_SPELLINGS = new Set(['on', 'yes', 'true', 'y', 'off', 'no', 'false', 'n']);

/** `int64` bounds. */
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Whether `text` reads as a signed 64-bit integer the way `qemu_strtoi64(…, 0)` reads it. */
export function isInt64Text(text: string): boolean {
  const match = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (match === null) return false;
  const digits = match[2];
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits)
    : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`)
    : BigInt(digits);
  const value = match[1] === '-' ? -magnitude : magnitude;
  return value >= INT64_MIN && value <= INT64_MAX;
}

/** QEMU's message for a keyval string `value` at `path` that `type` rejects, if any. */
export function keyvalScalarError(type: QapiScalar, path: string, value: string):
    string | undefined {
  if (type === 'bool' && !BOOL_SPELLINGS.has(value)) {
    return `Parameter '${path}' expects 'on' or 'off'`;
  }
  if (type === 'int' && !isInt64Text(value)) return `Parameter '${path}' expects integer`;
  return undefined;
}

/** The JSON type name QEMU's messages use for a QAPI scalar. */
const JSON_NAME: Record<QapiScalar, string> = { bool: 'boolean', int: 'integer', str: 'string' };

/** QEMU's message for a JSON `node` at `path` whose JSON type `type` rejects, if any. */
export function jsonScalarError(type: QapiScalar, path: string, node: JsonNode):
    string | undefined {
  const fits = type === 'bool' ? node.kind === 'boolean'
    : type === 'int' ? node.kind === 'integer' && node.value >= INT64_MIN &&
      node.value <= INT64_MAX
    : node.kind === 'string';
  return fits ? undefined : `Invalid parameter type for '${path}', expected: ${JSON_NAME[type]}`;
}
