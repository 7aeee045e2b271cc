import type { JsonNode } from '../model/parse-json-arg.js';
import { strtoull } from '../model/values/c-strtoull.js';
import { parseSize } from '../model/values/parse-size.js';
import { isInt64Text } from './qapi-scalar.js';

/**
 * How QEMU's input visitor reads a value for a QOM property of a known type when it sets
 * the property (`object_set_properties_from_keyval`): from a keyval string (`-device` in
 * QemuOpts form, `-machine`) or from a JSON value (`-device {…}`), with QEMU 7.2's messages
 * (`qapi/qobject-input-visitor.c`, `qapi/qapi-visit-core.c`). Only the visitor's own checks:
 * what a property's setter then refuses (a MAC address, a chardev id) is not known here.
 *
 * @module
 */

/** Bool spellings of the keyval visitor (spec 2.2). */
const BOOL_SPELLINGS = new Set(['on', 'yes', 'true', 'y', 'off', 'no', 'false', 'n']);

/** Unsigned integer types with their largest value and the name QEMU's range error uses. */
const UNSIGNED: Record<string, [bigint, string]> = {
  uint8: [0xffn, 'uint8_t'], uint16: [0xffffn, 'uint16_t'], uint32: [0xffffffffn, 'uint32_t'],
  uint64: [2n ** 64n - 1n, 'uint64_t'],
};

/** Signed integer types with their bounds and range-error name. */
const SIGNED: Record<string, [bigint, bigint, string]> = {
  int8: [-0x80n, 0x7fn, 'int8_t'], int16: [-0x8000n, 0x7fffn, 'int16_t'],
  int32: [-(2n ** 31n), 2n ** 31n - 1n, 'int32_t'],
  int64: [-(2n ** 63n), 2n ** 63n - 1n, 'int64_t'],
};

// LIMITATION(#4): QOM type `int` is not here, so such values pass unchecked: properties
// added by hand under that name read their value with different visitors (nvdimm's
// `label-size` reads a size).

/**
 * String-valued types (and id namespaces, and the syntaxes of `qdev-setters.ts`) the visitor
 * reads as a plain string.
 */
const STRINGS = new Set(['str', 'string', 'chr', 'netdev', 'drive', 'audiodev', 'tpmdev',
  'macaddr', 'uuid', 'QemuUUID']);

/** What is known about a property for its value check. */
export interface PropertyType {
  /** The property's name, as QEMU's messages show it. */
  name: string;
  /** Its QOM type name from the build facts. */
  type: string;
  /** For an enum type: its values, where the facts know them. */
  values?: readonly string[];
}

/** The value of `text` as `qemu_strtou64(text, NULL, 0)` reads it, or undefined. */
function strtou64(text: string): bigint | undefined {
  const r = strtoull(text, 0, 0);
  return r.converted && !r.overflow && r.end === text.length ? r.value : undefined;
}

/** The value of `text` as `qemu_strtoi64(text, NULL, 0)` reads it, or undefined. */
export function int64Value(text: string): bigint | undefined {
  return isInt64Text(text) ? int64Digits(text) : undefined;
}

/** The value of a text `isInt64Text` accepts. */
function int64Digits(text: string): bigint | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (m === null) return undefined;
  const digits = m[2];
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits)
    : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`)
    : BigInt(digits);
  return m[1] === '-' ? -magnitude : magnitude;
}

/** Whether the property's type is one whose values are checked here. */
export function isCheckedType(prop: PropertyType): boolean {
  return prop.type === 'bool' || prop.type === 'size' || prop.values !== undefined ||
    Object.hasOwn(UNSIGNED, prop.type) || Object.hasOwn(SIGNED, prop.type) ||
    STRINGS.has(prop.type) || prop.type.startsWith('link<');
}

/**
 * QEMU's error for keyval string `value` of `prop`, undefined when the visitor takes it (or
 * the type is not one this module knows).
 */
export function keyvalPropertyError(prop: PropertyType, value: string): string | undefined {
  const p = `Parameter '${prop.name}'`;
  if (prop.values !== undefined) {
    return prop.values.includes(value) ? undefined : `${p} does not accept value '${value}'`;
  }
  if (prop.type === 'bool') {
    return BOOL_SPELLINGS.has(value) ? undefined : `${p} expects 'on' or 'off'`;
  }
  if (prop.type === 'size') {
    return parseSize(prop.name, value, { qemuVersion: '7.2' }).ok ? undefined : `${p} expects size`;
  }
  return integerError(prop, value, 'integer', 'integer');
}

/**
 * QEMU's error for the text `value` of an integer property (undefined when it fits or the
 * type is not an integer type). The visitors agree on ranges and differ only in the word for
 * a text that is no number: keyval says `integer`, the string visitor `uint64` or `int64`.
 */
function integerError(prop: PropertyType, value: string, notUnsigned: string,
  notSigned: string): string | undefined {
  const p = `Parameter '${prop.name}'`;
  if (Object.hasOwn(UNSIGNED, prop.type)) {
    const [max, name] = UNSIGNED[prop.type];
    const n = strtou64(value);
    if (n === undefined) return `${p} expects ${notUnsigned}`;
    return n > max ? `${p} expects ${name}` : undefined;
  }
  if (Object.hasOwn(SIGNED, prop.type)) {
    const [min, max, name] = SIGNED[prop.type];
    const n = int64Value(value);
    if (n === undefined) return `${p} expects ${notSigned}`;
    return n < min || n > max ? `${p} expects ${name}` : undefined;
  }
  return undefined;
}

/** QEMU's error for JSON `node` as the value of `prop`, undefined when the visitor takes it. */
export function jsonPropertyError(prop: PropertyType, node: JsonNode): string | undefined {
  const p = `Parameter '${prop.name}'`;
  const wrongType = (expected: string) =>
    `Invalid parameter type for '${prop.name}', expected: ${expected}`;
  if (prop.values !== undefined || STRINGS.has(prop.type) || prop.type.startsWith('link<')) {
    if (node.kind !== 'string') return wrongType('string');
    if (prop.values === undefined || prop.values.includes(node.value)) return undefined;
    return `${p} does not accept value '${node.value}'`;
  }
  if (prop.type === 'bool') return node.kind === 'boolean' ? undefined : wrongType('boolean');
  const unsigned = prop.type === 'size' ? UNSIGNED.uint64 : UNSIGNED[prop.type];
  if (Object.hasOwn(UNSIGNED, prop.type) || prop.type === 'size') {
    if (node.kind !== 'integer') return `${p} expects uint64`;
    // A negative integer is taken modulo 2^64 (QEMU keeps it for compatibility).
    const n = node.value < 0n ? node.value + 2n ** 64n : node.value;
    return n > unsigned[0] ? `${p} expects ${unsigned[1]}` : undefined;
  }
  if (Object.hasOwn(SIGNED, prop.type)) {
    const [min, max, name] = SIGNED[prop.type];
    if (node.kind !== 'integer' || node.value > SIGNED.int64[1]) return wrongType('integer');
    return node.value < min || node.value > max ? `${p} expects ${name}` : undefined;
  }
  return undefined;
}

/**
 * QEMU's error for `value` of `prop` read by the string input visitor, as QEMU applies a
 * `-global` or a `-cpu` feature (`object_property_parse`); undefined when it takes the value
 * or the type is not one this module knows. Its number errors differ from keyval's.
 */
export function stringPropertyError(prop: PropertyType, value: string): string | undefined {
  if (prop.values !== undefined || prop.type === 'bool') return keyvalPropertyError(prop, value);
  if (prop.type === 'size') {
    const size = parseSize(prop.name, value, { qemuVersion: '7.2' });
    return size.ok ? undefined : size.message;
  }
  return integerError(prop, value, 'uint64', 'int64');
}
