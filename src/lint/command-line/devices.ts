import { parseQemuOpts } from '../../model/parse-qemu-opts.js';
import { globalProperty } from '../../validator/cpu-and-global.js';
import type { ReferenceResolver } from '../../validator/device-references.js';
import { checkDeviceJson, checkDeviceQemuOpts } from '../../validator/device-option.js';
import {
  PROPERTY_TYPE_NAMESPACES, type IdNamespaces, type Resolution,
} from '../../validator/id-namespaces.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { busNotYetCreated } from './device-bus-order.js';
import type { OptionUse } from '../option-use.js';
import { IMPLICIT_CHARDEV } from './references.js';

/**
 * `-device` against the build facts (without them, only the order of the buses devices
 * provide: `device-bus-order.ts`). QEMU creates the devices after every option and
 * backend (`qemu_create_cli_devices` in `vl.c`): each device's driver, the `-global`s that
 * apply to its type, then its properties in QDict order, with its chardev, netdev and drive
 * references resolved against the whole command line.
 *
 * @module
 */

/** The codes of the checks QEMU makes on a device's driver, before it looks up the bus. */
const DRIVER_CODES = new Set(['device-driver-missing', 'device-driver-unknown',
  'device-driver-abstract', 'device-not-creatable']);

/** Whether a QemuOpts `-device` argument asks for help (`help`, `?`, or a help flag). */
function isDeviceHelp(text: string): boolean {
  if (text.startsWith('{')) return false;
  const { entries } = parseQemuOpts(text, { impliedKey: 'driver' });
  return entries.some((e) => (e.form === 'implied' && (e.value === 'help' || e.value === '?')) ||
    (e.form === 'flag' && !e.negated && (e.key === 'help' || e.key === '?')));
}

/**
 * The resolver of device references over `ids`: a property's type names the namespaces
 * (`PROPERTY_TYPE_NAMESPACES`), tried in turn; a miss reports the last one's hint.
 */
function resolverOf(ids: IdNamespaces): ReferenceResolver {
  return (type, id) => {
    if (type === 'chr' && IMPLICIT_CHARDEV.test(id)) return { kind: 'unknown' };
    let resolution: Resolution = { kind: 'unknown' };
    const namespaces = Object.hasOwn(PROPERTY_TYPE_NAMESPACES, type)
      ? PROPERTY_TYPE_NAMESPACES[type] : [];
    for (const namespace of namespaces) {
      resolution = ids.resolve(namespace, id);
      if (resolution.kind === 'found') return { kind: 'found', option: resolution.defined.option };
      if (resolution.kind !== 'missing') return resolution;
    }
    return resolution;
  };
}

/** Whether QEMU gets as far as acting on `use`: usable, read without error. */
export function readable(use: OptionUse): use is OptionUse & { text: string; argument: number } {
  return use.usable === true && !use.opaque && !use.broken && !use.failed &&
    use.text !== undefined && use.argument !== undefined;
}

/** The rule. */
export const devices: CommandLineRule = ({ uses, ids, facts }) => {
  const created = uses.filter((u) => u.name === 'device' && readable(u));
  // QEMU creates the QemuOpts devices first, then the JSON ones (qemu_create_cli_devices).
  const inOrder = [...created.filter((u) => !u.text!.startsWith('{')),
    ...created.filter((u) => u.text!.startsWith('{'))];
  if (facts === undefined) {
    // Without facts for the build, only the order of the buses the devices provide.
    return inOrder.flatMap((use, index) => {
      const bus = isDeviceHelp(use.text!) ? undefined : busNotYetCreated(inOrder, index);
      return bus ? [{ word: use.argument!, diagnostic: bus }] : [];
    });
  }
  const references = { resolve: resolverOf(ids), netdevsInUse: new Set<string>() };
  const globals = uses.filter((u) => u.name === 'global' && readable(u))
    .flatMap((u) => globalProperty(u.text!) ?? []);
  return inOrder.flatMap((use, index) => {
    const { text, argument } = use as OptionUse & { text: string; argument: number };
    if (isDeviceHelp(text)) return [];
    const found = text.startsWith('{') ? checkDeviceJson(text, facts, { references, globals })
      : checkDeviceQemuOpts(text, facts, { references, globals });
    // The bus is looked up after the driver checks, before the id and the properties.
    const bus = busNotYetCreated(inOrder, index);
    if (bus !== undefined && !found.some((d) => DRIVER_CODES.has(d.code))) found.unshift(bus);
    return found.map((diagnostic) => ({ word: argument, diagnostic }));
  });
};
