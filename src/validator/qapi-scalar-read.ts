import { strtodFinite } from '../model/values/c-strtod.js';
import { strtoull } from '../model/values/c-strtoull.js';
import { parseSize } from '../model/values/parse-size.js';
import { isInt64Text } from './qapi-scalar.js';

/**
 * How QEMU's QAPI input visitor reads the built-in scalar types (QEMU
 * `qapi/qobject-input-visitor.c`, `qapi/qapi-visit-core.c`), in keyval mode (every value a
 * string, parsed per type) and in JSON mode (the JSON type must fit), with QEMU's messages.
 * `path` is the member's full name, `bare` its own name (`null` for a list element), which
 * the range checks of the narrow integer types print instead.
 *
 * @module
 */

/** A scalar as the visitor meets it. */
export type ScalarValue =
  | { kind: 'string'; text: string }
  | { kind: 'integer'; value: bigint }
  | { kind: 'number' | 'boolean' | 'null' | 'object' | 'array' };

/** The built-in QAPI types. */
export const BUILTIN_TYPES = new Set(['str', 'int', 'int8', 'int16', 'int32', 'int64',
  'uint8', 'uint16', 'uint32', 'uint64', 'size', 'number', 'bool', 'null', 'any', 'QType']);

const NARROW: Record<string, [bigint, bigint, string]> = {
  int8: [-128n, 127n, 'int8_t'],
  int16: [-32768n, 32767n, 'int16_t'],
  int32: [-(2n ** 31n), 2n ** 31n - 1n, 'int32_t'],
  uint8: [0n, 255n, 'uint8_t'],
  uint16: [0n, 65535n, 'uint16_t'],
  uint32: [0n, 2n ** 32n - 1n, 'uint32_t'],
};
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const BOOLS = new Set(['on', 'yes', 'true', 'y', 'off', 'no', 'false', 'n']);

const wrongType = (path: string, expected: string) =>
  `Invalid parameter type for '${path}', expected: ${expected}`;
const expects = (name: string, what: string) => `Parameter '${name}' expects ${what}`;

/** `qemu_strtou64(text, NULL, 0)`: the value, or undefined when it fails. */
function strtou64(text: string): bigint | undefined {
  const r = strtoull(text, 0, 0);
  return r.converted && !r.overflow && r.end === text.length ? r.value : undefined;
}

/** `qemu_strtoi64(text, NULL, 0)`: the value, or undefined when it fails. */
function strtoi64(text: string): bigint | undefined {
  if (!isInt64Text(text)) return undefined;
  const t = text.trim();
  const neg = t.startsWith('-');
  const body = t.replace(/^[+-]/, '');
  const magnitude = /^0[xX]/.test(body) ? BigInt(body)
    : body.length > 1 && body.startsWith('0') ? BigInt(`0o${body.slice(1)}`) : BigInt(body);
  return neg ? -magnitude : magnitude;
}

/** The integer a keyval string reads as for an integer `type`, or QEMU's message. */
function keyvalInteger(type: string, path: string, text: string): bigint | string {
  const unsigned = type.startsWith('uint') || type === 'size';
  const value = unsigned ? strtou64(text) : strtoi64(text);
  return value ?? expects(path, 'integer');
}

/** QEMU's message for keyval string `text` read as built-in `type`, if it fails. */
export function keyvalScalarMessage(type: string, path: string, bare: string | null,
  text: string, qemuVersion: string): string | undefined {
  switch (type) {
    case 'str': case 'any': case 'QType': return undefined;
    case 'bool': return BOOLS.has(text) ? undefined : expects(path, "'on' or 'off'");
    case 'null': return wrongType(path, 'null');
    case 'number': {
      const r = strtodFinite(text, 0, true);
      return r.status === 'ok' && r.end === text.length && text.length > 0 ? undefined
        : wrongType(path, 'number');
    }
    case 'size':
      return parseSize(path, text, { qemuVersion }).ok ? undefined : expects(path, 'size');
    default: {
      const value = keyvalInteger(type, path, text);
      if (typeof value === 'string') return value;
      return rangeMessage(type, bare, value);
    }
  }
}

/** The narrow integer types' range check (`visit_type_uintN`, `visit_type_intN`). */
function rangeMessage(type: string, bare: string | null, value: bigint): string | undefined {
  const range = NARROW[type];
  if (range === undefined) return undefined;
  // The unsigned ones compare the uint64 value: a negative number wrapped round.
  const v = type.startsWith('uint') && value < 0n ? value + 2n ** 64n : value;
  return v < range[0] || v > range[1] ? expects(bare ?? 'null', range[2]) : undefined;
}

/** QEMU's message for a JSON `value` read as built-in `type`, if it fails. */
export function jsonScalarMessage(type: string, path: string, bare: string | null,
  value: ScalarValue): string | undefined {
  switch (type) {
    case 'any': return undefined;
    case 'str': case 'QType':
      return value.kind === 'string' ? undefined : wrongType(path, 'string');
    case 'bool': return value.kind === 'boolean' ? undefined : wrongType(path, 'boolean');
    case 'null': return value.kind === 'null' ? undefined : wrongType(path, 'null');
    case 'number':
      return value.kind === 'integer' || value.kind === 'number' ? undefined
        : wrongType(path, 'number');
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
      if (value.kind !== 'integer' || value.value < INT64_MIN || value.value > INT64_MAX) {
        return wrongType(path, 'integer');
      }
      return rangeMessage(type, bare, value.value);
    default:
      // uint64 and size (JSON has no size syntax: QEMU reads it as uint64).
      if (value.kind !== 'integer') return expects(path, 'uint64');
      return rangeMessage(type, bare, value.value);
  }
}
