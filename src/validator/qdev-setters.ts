import { propertiesOf, type BuildFacts } from '../catalog/build-facts.js';
import { isPciDevfnText } from './pci-devfn.js';
import type { PropertyType } from './qom-property-value.js';
import { writtenString, type WrittenValue } from './written-value.js';

/**
 * What the setters of qdev property types with their own syntax refuse (QEMU 7.2,
 * `hw/core/qdev-properties-system.c`): a MAC address (`macaddr`: six hex pairs joined by
 * `:` or `-`), a UUID (`uuid`: `auto` or 8-4-4-4-12 hex digits), a PCI address
 * (`pci-devfn`: `slot[.function]` or a number from -1 to 255), and nvdimm's own `QemuUUID`.
 * The build facts record these types from what the binary says the properties are.
 *
 * @module
 */

/** A MAC address as `set_mac` takes it. */
const MAC = /^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$/;

/** A UUID as `qemu_uuid_parse` takes it. */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Property types whose value is a string the setter parses. */
export const SYNTAX_STRINGS = new Set(['macaddr', 'uuid', 'QemuUUID']);

/**
 * The type QEMU's setter message names for property `name` of a `type` device: a virtio PCI
 * proxy passes the properties of its virtio device (`virtio-backend`) on to it.
 */
export function setterOwner(facts: BuildFacts, type: string, name: string): string {
  const backend = /^child<(.+)>$/.exec(propertiesOf(facts, type)?.get('virtio-backend') ?? '');
  if (backend === null || propertiesOf(facts, 'virtio-pci')?.has(name)) return type;
  return propertiesOf(facts, backend[1])?.has(name) ? backend[1] : type;
}

/** QEMU's error for a PCI address value, undefined when taken or not modelled. */
function devfnError(owner: string, name: string, value: WrittenValue): string | undefined {
  const text = writtenString(value);
  if (text !== undefined) {
    return isPciDevfnText(text) === false
      ? `Property '${owner}.${name}' doesn't take value '${text}'` : undefined;
  }
  if (value.visitor !== 'json') return undefined;
  const { node } = value;
  if (node.kind === 'number' || (node.kind === 'integer' && node.value >= 2n ** 63n)) {
    return `Invalid parameter type for '${name}', expected: integer`;
  }
  if (node.kind !== 'integer') return `Invalid parameter type for '${name}', expected int or str`;
  if (node.value < -(2n ** 31n) || node.value >= 2n ** 31n) {
    return `Parameter '${name}' expects int32_t`;
  }
  return node.value < -1n || node.value > 255n
    ? `Parameter '${name}' expects a value between -1 and 255` : undefined;
}

/**
 * QEMU 7.2's error for `value` of `prop` of a `type` device when its type is one of these
 * syntaxes, undefined otherwise. A JSON value of the wrong kind is the visitor's to report
 * (`SYNTAX_STRINGS` are strings to it), except for a PCI address, which also takes numbers.
 */
export function qdevSetterError(facts: BuildFacts, type: string, prop: PropertyType,
  value: WrittenValue): string | undefined {
  const owner = setterOwner(facts, type, prop.name);
  if (prop.type === 'pci-devfn') return devfnError(owner, prop.name, value);
  const text = writtenString(value);
  if (text === undefined) return undefined;
  const refused = `Property '${owner}.${prop.name}' doesn't take value '${text}'`;
  if (prop.type === 'macaddr') return MAC.test(text) ? undefined : refused;
  if (prop.type === 'uuid') return text === 'auto' || UUID.test(text) ? undefined : refused;
  if (prop.type === 'QemuUUID') {
    return UUID.test(text) ? undefined : `Property '${owner}.${prop.name}' has invalid value`;
  }
  return undefined;
}
