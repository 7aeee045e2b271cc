import { propertiesOf, type BuildFacts } from '../catalog/build-facts.js';
import type { KeyvalNode, KeyvalObject } from '../model/keyval-tree.js';
import { closestName } from './did-you-mean.js';
import { qdictOrder } from './qdict-order.js';
import type { MemberFinding } from './qapi-members.js';
import { isCheckedType, keyvalPropertyError } from './qom-property-value.js';

/**
 * The merged `-machine` tree against the build facts, as QEMU 7.2 handles it after reading
 * every option (`softmmu/vl.c`): the machine type (`select_machine`: by name or alias, else
 * the default), then each property set on the machine object in QDict order, after the
 * legacy keys vl.c takes out (`qemu_apply_legacy_machine_options`).
 *
 * @module
 */

/** Keys vl.c removes before it sets the rest as machine properties. */
const LEGACY_KEYS = new Set(['type', 'accel', 'igd-passthru', 'kvm-shadow-mem', 'kernel-irqchip',
  'memory-backend']);

/** The machine type QEMU picks for the merged tree: its `type` (name, alias), else the default. */
export function machineName(root: KeyvalObject, facts: BuildFacts): string | undefined {
  const typeNode = root.members.get('type');
  if (typeNode?.kind !== 'string') return facts.machines.find((m) => m.isDefault)?.name;
  const wanted = typeNode.value;
  return facts.machines.find((m) => m.name === wanted || m.alias === wanted)?.name;
}

/**
 * The machine `-machine type=` selects (by name or alias; the default without one), null
 * when the build has no such machine, undefined when it has no default.
 */
export function machineNameOf(wanted: string | undefined, facts: BuildFacts):
    string | null | undefined {
  if (wanted === undefined) return facts.machines.find((m) => m.isDefault)?.name;
  return facts.machines.find((m) => m.name === wanted || m.alias === wanted)?.name ?? null;
}

/**
 * The first machine finding QEMU would report, if any; `known` gives the visitor type of
 * properties whose QOM type name does not say it.
 */
export function machineFactFindings(root: KeyvalObject, facts: BuildFacts,
  known: Readonly<Record<string, string>> = {}): MemberFinding[] {
  const typeNode = root.members.get('type');
  const name = machineNameOf(typeNode?.kind === 'string' ? typeNode.value : undefined, facts);
  if (name === null && typeNode?.kind === 'string') {
    return [{ code: 'member-type', message: 'unsupported machine type', span: typeNode.valueSpan,
      node: typeNode, hint: 'Use -machine help to list supported machines' }];
  }
  if (name === undefined || name === null) return [];
  const type = `${name}-machine`;
  const props = propertiesOf(facts, type);
  if (props === undefined || facts.types[type].propertiesUnknown) return [];
  // keyval_dashify: `kernel_irqchip` is `kernel-irqchip`; both at once is another error.
  const members = new Map<string, KeyvalNode>();
  for (const [key, node] of root.members) {
    const dashed = key.replace(/_/g, '-');
    if (members.has(dashed)) return [];
    members.set(dashed, node);
  }
  for (const key of qdictOrder([...members.keys()])) {
    if (LEGACY_KEYS.has(key)) continue;
    const node = members.get(key)!;
    const span = node.keySpan ?? (node.kind === 'string' ? node.valueSpan : { start: 0, end: 0 });
    const qomType = props.get(key);
    if (qomType === undefined) {
      const guess = closestName(key, props.keys());
      return [{ code: 'member-unexpected', message: `Property '${type}.${key}' not found`, span,
        node, ...(guess ? { hint: `did you mean '${guess}'?` } : {}) }];
    }
    // `known`: the visitor type of properties whose QOM type name does not say it (`int`).
    const visited = Object.hasOwn(known, key) ? known[key] : qomType;
    const prop = { name: key, type: visited,
      ...(Object.hasOwn(facts.enums, qomType) ? { values: facts.enums[qomType] } : {}) };
    if (!isCheckedType(prop)) continue;
    if (node.kind !== 'string') {
      // A scalar property given a subtree (`usb.x=1`): QEMU's keyval visitor refuses it.
      return [{ code: 'member-unexpected', message: `Parameters '${key}.*' are unexpected`,
        span, node }];
    }
    const message = keyvalPropertyError(prop, node.value);
    if (message) return [{ code: 'member-type', message, span: node.valueSpan, node }];
  }
  return [];
}
