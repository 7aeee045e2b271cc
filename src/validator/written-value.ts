import type { JsonNode } from '../model/parse-json-arg.js';
import { int64Value } from './qom-property-value.js';

/**
 * A property value as written, with the input visitor QEMU reads it through: `keyval` for
 * `-device` in QemuOpts form, `json` for `-device {…}`, `string` for a `-global` or `-cpu`
 * feature (`object_property_parse`).
 *
 * @module
 */

/** A value and its visitor. */
export type WrittenValue =
  | { visitor: 'keyval' | 'string'; text: string }
  | { visitor: 'json'; node: JsonNode };

/** The string a string-typed setter receives, or undefined when the visitor refuses it. */
export function writtenString(value: WrittenValue): string | undefined {
  if (value.visitor !== 'json') return value.text;
  return value.node.kind === 'string' ? value.node.value : undefined;
}

/**
 * What `visit_type_int` gives for `value` of property `name`: the number, or QEMU 7.2's
 * error for the visitor (keyval and string visitors read text with `qemu_strtoi64`).
 */
export function visitInt(name: string, value: WrittenValue): { n: bigint } | { error: string } {
  if (value.visitor === 'json') {
    const { node } = value;
    return node.kind === 'integer' && node.value < 2n ** 63n ? { n: node.value }
      : { error: `Invalid parameter type for '${name}', expected: integer` };
  }
  const n = int64Value(value.text);
  if (n !== undefined) return { n };
  const expected = value.visitor === 'keyval' ? 'integer' : 'int64';
  return { error: `Parameter '${name}' expects ${expected}` };
}
