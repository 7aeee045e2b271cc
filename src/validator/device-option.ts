import { propertiesOf, type BuildFacts, type QomTypeFact } from '../catalog/build-facts.js';
import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { JsonNode } from '../model/parse-json-arg.js';
import { parseJsonArg } from '../model/parse-json-arg.js';
import { parseQemuOpts } from '../model/parse-qemu-opts.js';
import { closestName } from './did-you-mean.js';
import { fsdevError, referenceError, type ReferenceState } from './device-references.js';
import { globalApplyError, type GlobalProperty } from './global-application.js';
import { qdictOrder } from './qdict-order.js';
import { qdevSetterError } from './qdev-setters.js';
import { readOnlyOwner } from './read-only-properties.js';
import { writtenString, type WrittenValue } from './written-value.js';
import { x86CpuSetterError } from './x86-cpu-setters.js';
import {
  isCheckedType, jsonPropertyError, keyvalPropertyError, type PropertyType,
} from './qom-property-value.js';

/**
 * `-device` against the build facts, as QEMU 7.2 creates the device after reading every
 * option (`qdev_device_add_from_qdict`, `softmmu/qdev-monitor.c`): the driver (missing,
 * unknown, abstract, not user-creatable), then each property in QDict order (unknown, or a
 * value its type's visitor refuses). What depends on the machine (the bus, whether a sysbus
 * device is allowed) and what the device checks when it is realized is left to QEMU.
 *
 * @module
 */

/**
 * Properties every device has that `device-list-properties` does not list; all but
 * `realized` are read-only.
 */
const UNLISTED = new Set(['type', 'realized', 'hotpluggable', 'hotplugged', 'parent_bus']);

/** One property as written: its key, value and where they are. */
interface WrittenProperty {
  key: string;
  keySpan: Span;
  /** The keyval string, or the JSON value. */
  value: string | JsonNode;
  valueSpan: Span;
}

/** What the device's driver resolved to, or QEMU's error for it. */
type Driver = { type: string; fact: QomTypeFact } | { error: SpanDiagnostic };

/** A device error diagnostic. */
function error(code: string, message: string, span: Span, hint?: string): SpanDiagnostic {
  return { code, severity: 'error', message, span, ...(hint ? { hint } : {}) };
}

/** The device type `-device` names, by name or alias, and QEMU's errors about it. */
export function resolveDriver(facts: BuildFacts, driver: string, span: Span): Driver {
  const own = Object.hasOwn(facts.types, driver) ? driver : undefined;
  const aliased = own ?? Object.entries(facts.types)
    .find(([, t]) => t.device && t.alias === driver)?.[0];
  const type = aliased ?? driver;
  const fact = Object.hasOwn(facts.types, type) ? facts.types[type] : undefined;
  if (fact?.device !== true) {
    const message = type !== driver
      ? `'${driver}' (alias '${type}') is not a valid device model name`
      : `'${driver}' is not a valid device model name`;
    const names = Object.entries(facts.types)
      .filter(([, t]) => t.device && !t.abstract && !t.noUser).map(([n]) => n);
    const guess = closestName(driver, names);
    return { error: error('device-driver-unknown', message, span,
      guess ? `did you mean '${guess}'?` : 'qemu-system-* -device help lists them') };
  }
  if (fact.abstract) {
    return { error: error('device-driver-abstract',
      "Parameter 'driver' expects a non-abstract device type", span) };
  }
  if (fact.noUser) {
    return { error: error('device-not-creatable',
      "Parameter 'driver' expects a pluggable device type", span) };
  }
  return { type, fact };
}

/** QEMU's error for the value of one written property of a `type` device, if any. */
function valueError(facts: BuildFacts, type: string, known: { name: string; type: string },
  w: WrittenProperty, references?: ReferenceState): SpanDiagnostic | undefined {
  const { name: key, type: qomType } = known;
  const prop: PropertyType = { name: key, type: qomType,
    ...(Object.hasOwn(facts.enums, qomType) ? { values: facts.enums[qomType] } : {}) };
  const written: WrittenValue = typeof w.value === 'string'
    ? { visitor: 'keyval', text: w.value } : { visitor: 'json', node: w.value };
  // A PCI device's `addr` is typed int32 but also takes `slot.function` (set_pci_devfn):
  // facts that do not record it as `pci-devfn` leave it unchecked.
  if (isCheckedType(prop) && !(key === 'addr' && qomType === 'int32')) {
    const message = typeof w.value === 'string' ? keyvalPropertyError(prop, w.value)
      : jsonPropertyError(prop, w.value);
    if (message !== undefined) return error('device-property-value', message, w.valueSpan);
  }
  const setter = x86CpuSetterError(facts, type, key, written) ??
    qdevSetterError(facts, type, prop, written);
  if (setter !== undefined) return error('device-property-value', setter, w.valueSpan);
  // LIMITATION(#4): audiodev and link<…> values (an -audiodev, an -object) are not
  // resolved, so a misspelt id there passes silently.
  const id = writtenString(written);
  if (references === undefined || id === undefined) return undefined;
  return referenceError(facts, type, key, qomType, id, w.valueSpan, references);
}

/** The first property error QEMU meets, in QDict order. */
function propertyError(facts: BuildFacts, type: string, written: WrittenProperty[],
  references?: ReferenceState): SpanDiagnostic | undefined {
  const props = propertiesOf(facts, type);
  if (props === undefined || facts.types[type].propertiesUnknown) return undefined;
  const last = new Map(written.map((w) => [w.key, w]));
  // `dev->opts` is a clone of the parsed QDict (qdict_clone_shallow), walked in its order.
  for (const key of qdictOrder(qdictOrder(written.map((w) => w.key)))) {
    const w = last.get(key)!;
    if (key === 'realized' || key.startsWith('legacy-')) return undefined;
    const qomType = props.get(key) ?? (UNLISTED.has(key) ? '' : undefined);
    if (qomType === undefined) {
      const guess = closestName(key, props.keys());
      return error('device-property-unknown', `Property '${type}.${key}' not found`, w.keySpan,
        guess ? `did you mean '${guess}'?` : undefined);
    }
    const owner = readOnlyOwner(facts, type, key, qomType);
    if (owner !== undefined) {
      return error('device-property-read-only', `Property '${owner}.${key}' is not writable`,
        w.keySpan);
    }
    if (qomType === '') return undefined;
    const found = valueError(facts, type, { name: key, type: qomType }, w, references);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What a device is checked against besides the facts. */
export interface DeviceContext {
  /**
   * Says whether the ids its chardev, netdev, drive and tpmdev properties name exist, and
   * which netdevs earlier devices took.
   */
  references?: ReferenceState;
  /** The global properties registered (`-global`), applied when the device is created. */
  globals?: readonly GlobalProperty[];
}

/** The error of applying the globals to a new `type` device, placed on its driver. */
function globalsError(facts: BuildFacts, type: string, span: Span, context: DeviceContext):
    SpanDiagnostic | undefined {
  const message = globalApplyError(facts, type, context.globals ?? []);
  if (message === undefined) return undefined;
  return error('global-property-apply', message, span,
    'QEMU applies each -global for this type or an ancestor when it creates the device');
}

/**
 * The findings on a `-device` argument in QemuOpts form (already parsed without error). QEMU
 * creates the backends the `context` resolves before any device.
 */
export function checkDeviceQemuOpts(text: string, facts: BuildFacts,
  context: DeviceContext = {}): SpanDiagnostic[] {
  const parsed = parseQemuOpts(text, { impliedKey: 'driver' });
  const drivers = parsed.entries.filter((e) => e.key === 'driver');
  const driver = drivers[drivers.length - 1];
  if (driver === undefined) {
    return [error('device-driver-missing', "Parameter 'driver' is missing",
      { start: 0, end: text.length })];
  }
  const span = driver.valueSpan ?? driver.itemSpan;
  const resolved = resolveDriver(facts, driver.value, span);
  if ('error' in resolved) return [resolved.error];
  const applied = globalsError(facts, resolved.type, span, context);
  if (applied) return [applied];
  const written = parsed.entries.filter((e) => e.key !== 'driver' && e.key !== 'bus')
    .map((e) => ({ key: e.key, keySpan: e.keySpan ?? e.itemSpan, value: e.value,
      valueSpan: e.valueSpan ?? e.itemSpan }));
  const found = propertyError(facts, resolved.type, written, context.references);
  const fsdev = written.filter((w) => w.key === 'fsdev').pop();
  const realized = found ?? (context.references && fsdevError(facts, resolved.type,
    { id: fsdev?.value as string | undefined, span: fsdev?.valueSpan ?? span },
    context.references));
  return realized ? [realized] : [];
}

/** The findings on a `-device` argument in JSON form (already parsed); `context` as above. */
export function checkDeviceJson(text: string, facts: BuildFacts,
  context: DeviceContext = {}): SpanDiagnostic[] {
  const value = parseJsonArg(text).value;
  if (value?.kind !== 'object') return [];
  const driver = value.members.get('driver');
  if (driver === undefined || driver.value.kind !== 'string') {
    return [error('device-driver-missing', "Parameter 'driver' is missing",
      driver?.value.span ?? { start: 0, end: text.length })];
  }
  const resolved = resolveDriver(facts, driver.value.value, driver.value.span);
  if ('error' in resolved) return [resolved.error];
  const applied = globalsError(facts, resolved.type, driver.value.span, context);
  if (applied) return [applied];
  const written = [...value.members].filter(([k]) => k !== 'driver' && k !== 'bus' && k !== 'id')
    .map(([key, m]) => ({ key, keySpan: m.keySpan, value: m.value, valueSpan: m.value.span }));
  const found = propertyError(facts, resolved.type, written, context.references);
  const fsdev = value.members.get('fsdev')?.value;
  const realized = found ?? (context.references && fsdevError(facts, resolved.type,
    { id: fsdev?.kind === 'string' ? fsdev.value : undefined,
      span: fsdev?.span ?? driver.value.span }, context.references));
  return realized ? [realized] : [];
}
