import { propertiesOf, type BuildFacts } from '../catalog/build-facts.js';
import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { parseQemuOpts } from '../model/parse-qemu-opts.js';
import { closestName } from './did-you-mean.js';
import type { GlobalProperty } from './global-application.js';

/**
 * `-cpu` and `-global` against the build facts, as QEMU 7.2 handles them after reading every
 * option: the CPU model name (`parse_cpu_option`) and the driver a global property is for
 * (`qdev_prop_check_globals`, a warning).
 *
 * @module
 */

/** Whether `-cpu text` is a request for the model list (QEMU: `is_help_option`). */
export function isCpuHelp(text: string): boolean {
  return text === 'help' || text === '?';
}

/**
 * `unable to find CPU model 'x'` for a `-cpu` model the build lacks (`-cpu option cannot be
 * empty` for an empty argument; `,x` is the empty model `''`).
 */
export function checkCpuModel(text: string, facts: BuildFacts): SpanDiagnostic[] {
  if (isCpuHelp(text)) return [];
  if (text === '') {
    return [{ code: 'cpu-model-unknown', severity: 'error', message: '-cpu option cannot be empty',
      span: { start: 0, end: 0 } }];
  }
  const model = text.split(',')[0];
  if (facts.cpuModels.includes(model)) return [];
  const guess = closestName(model, facts.cpuModels);
  return [{ code: 'cpu-model-unknown', severity: 'error',
    message: `unable to find CPU model '${model}'`, span: { start: 0, end: model.length },
    hint: guess ? `did you mean '${guess}'?` : 'qemu-system-* -cpu help lists them' }];
}

/** What a `-global` names: driver and property, with the driver's span. */
interface GlobalTarget {
  driver: string;
  property: string;
  start: number;
  end: number;
}

/** Properties every device has that `device-list-properties` does not list. */
const UNLISTED = new Set(['type', 'realized', 'hotpluggable', 'hotplugged', 'parent_bus']);

/**
 * A warning for a `-global` property that its device type (one whose full property list the
 * facts have) lacks: QEMU stops with this error when it creates such a device
 * (`object_apply_global_props`), and never uses the global otherwise.
 * LIMITATION(#4): the value is not checked, nor the properties of board-only and abstract
 * types (the facts list the properties of user-creatable devices only).
 */
function checkGlobalProperty(target: GlobalTarget, text: string, facts: BuildFacts):
    SpanDiagnostic[] {
  const fact = facts.types[target.driver];
  if (fact.abstract || fact.noUser || fact.propertiesUnknown) return [];
  const props = propertiesOf(facts, target.driver);
  const name = target.property;
  if (props === undefined || props.has(name) || UNLISTED.has(name) ||
    name.startsWith('legacy-')) {
    return [];
  }
  const value = globalValue(text);
  const guess = closestName(name, props.keys());
  return [{ code: 'global-property-unknown', severity: 'warning',
    message: `can't apply global ${target.driver}.${name}=${value}: ` +
      `Property '${target.driver}.${name}' not found`,
    span: { start: 0, end: text.length },
    hint: (guess ? `did you mean '${guess}'? ` : '') +
      `QEMU stops with this error when it creates a ${target.driver} device` }];
}

/** The value a `-global` sets, as QEMU reads it. */
function globalValue(text: string): string {
  const short = /^[^.=]{1,63}\.[^=]{1,63}=/.exec(text);
  if (short) return text.slice(short[0].length);
  return parseQemuOpts(text).entries.filter((e) => e.key === 'value').pop()?.value ?? '';
}

/** The driver and property a `-global` argument names, as QEMU reads them, with the span. */
function globalTarget(text: string): GlobalTarget | undefined {
  // `DRIVER.PROP=VALUE`, as sscanf("%63[^.=].%63[^=]%n") reads it.
  const short = /^([^.=]{1,63})\.([^=]{1,63})=/.exec(text);
  if (short) return { driver: short[1], property: short[2], start: 0, end: short[1].length };
  const { entries } = parseQemuOpts(text);
  const last = (key: string) => entries.filter((e) => e.key === key).pop();
  const driver = last('driver');
  const property = last('property');
  if (!driver || !property || !last('value')) return undefined;
  const span = driver.valueSpan ?? driver.itemSpan;
  return { driver: driver.value, property: property.value, ...span };
}

/** The global property a `-global` argument registers, if it names one. */
export function globalProperty(text: string): GlobalProperty | undefined {
  const target = globalTarget(text);
  if (target === undefined) return undefined;
  return { driver: target.driver, property: target.property, value: globalValue(text) };
}

/** QEMU's warning for a `-global` whose driver is not a device type of the build. */
export function checkGlobalDriver(text: string, facts: BuildFacts): SpanDiagnostic[] {
  const target = globalTarget(text);
  if (target === undefined) return [];
  const fact = Object.hasOwn(facts.types, target.driver) ? facts.types[target.driver] : undefined;
  if (fact?.device) return checkGlobalProperty(target, text, facts);
  const devices = Object.entries(facts.types).filter(([, t]) => t.device).map(([n]) => n);
  const guess = closestName(target.driver, devices);
  return [{ code: 'global-driver-unknown', severity: 'warning',
    message: `global ${target.driver}.${target.property} has invalid class name`,
    span: { start: target.start, end: target.end },
    hint: guess ? `did you mean '${guess}'?` : 'the global is never applied' }];
}
