import { QemuOptsUsageError, requireString } from '../api/usage-error.js';
/**
 * Build facts: what one QEMU binary reports about itself over QMP (its devices and their
 * properties, machine types and board properties, CPU models, chardev backends,
 * accelerators). Names and types only, no QEMU prose. Made by `qemu-opts import-binary`
 * (`src/node/import-binary.ts`); the JSON Schema is `schemas/build-facts.schema.json`.
 *
 * @module
 */

/** The version marker of the build facts format. */
export const BUILD_FACTS_FORMAT = 'qemu-opts-build-facts/1';

/** The facts of one QEMU binary. */
export interface BuildFacts {
  /** Format marker, {@link BUILD_FACTS_FORMAT}. */
  format: string;
  /** The release the binary reports (`query-version`), `X.Y.Z`. */
  qemuVersion: string;
  /** The package string of the build (`query-version`), if any. */
  package?: string;
  /** The target, as `query-target` names it (`x86_64`). */
  target: string;
  /** Machine types (`query-machines`), sorted by name. */
  machines: MachineFact[];
  /**
   * QOM types by name: every device type (abstract or not), every machine type, and their
   * ancestors, with the properties each adds to its parent's.
   */
  types: Record<string, QomTypeFact>;
  /** `-cpu` model names (`query-cpu-definitions`), sorted. */
  cpuModels: string[];
  /** Chardev backend names (`query-chardev-backends`), sorted. */
  chardevBackends: string[];
  /** Accelerator names (QOM types implementing `accel`, without `-accel`), sorted. */
  accelerators: string[];
  /** Values of enum property types, by type name, where they are known. */
  enums: Record<string, string[]>;
}

/** One machine type. */
export interface MachineFact {
  /** The name `-machine` takes. */
  name: string;
  /** Its alias (`pc`, `q35`), if any. */
  alias?: string;
  /** Whether it is the default machine. */
  isDefault?: boolean;
  /** Whether it is deprecated. */
  deprecated?: boolean;
  /** The most CPUs it takes (`cpu-max` of `query-machines`). */
  cpuMax?: number;
}

/** One QOM type. */
export interface QomTypeFact {
  /** The parent type, absent for the root. */
  parent?: string;
  /** Whether the type is abstract (cannot be created). */
  abstract?: boolean;
  /** Whether the type is a device (implements `device`). */
  device?: boolean;
  /** For a device: the bus type it plugs into (`PCI`, `usb-bus`), absent for none. */
  bus?: string;
  /** For a device: the other name `-device` takes for it (`lsi` for `lsi53c895a`), if any. */
  alias?: string;
  /** For a device: whether `-device` refuses it (not user-creatable). */
  noUser?: boolean;
  /**
   * Whether the binary exited while listing the type's properties (a device whose module is
   * missing, a machine that cannot be created under `-machine none`): they are unknown.
   */
  propertiesUnknown?: boolean;
  /**
   * The properties this type adds to its ancestors': name to QOM type name (`bool`,
   * `uint32`, `str`, `OnOffAuto`, `link<memory-backend>` …), except that string properties
   * naming another option's id have the namespace instead: `chr` (-chardev), `netdev`
   * (-netdev), `drive` (-drive/-blockdev), `audiodev` (-audiodev) or `tpmdev` (-tpmdev);
   * and properties whose setter reads its own syntax have that: `macaddr` (a MAC
   * address), `uuid` (a UUID or `auto`), `pci-devfn` (a PCI `slot[.function]`).
   */
  properties?: Record<string, string>;
}

/** The full property map of `type` (its own and its ancestors'), or undefined if unknown. */
export function propertiesOf(facts: BuildFacts, type: string): Map<string, string> | undefined {
  const types = (facts as Partial<BuildFacts> | null)?.types;
  if (typeof facts !== 'object' || typeof types !== 'object' || types === null) {
    throw new QemuOptsUsageError('propertiesOf', 'facts', facts,
      'build facts (schemas/build-facts.schema.json)');
  }
  requireString('propertiesOf', 'type', type);
  if (!Object.hasOwn(facts.types, type)) return undefined;
  const chain: QomTypeFact[] = [];
  const seen = new Set<string>();
  for (let name: string | undefined = type; name !== undefined && !seen.has(name);) {
    seen.add(name);
    const fact: QomTypeFact | undefined = Object.hasOwn(facts.types, name)
      ? facts.types[name] : undefined;
    if (fact === undefined) break;
    chain.push(fact);
    name = fact.parent;
  }
  const out = new Map<string, string>();
  for (const fact of chain.reverse()) {
    for (const [name, t] of Object.entries(fact.properties ?? {})) out.set(name, t);
  }
  return out;
}

/** Whether `type` is `ancestor` or descends from it. */
export function descendsFrom(facts: BuildFacts, type: string, ancestor: string): boolean {
  const seen = new Set<string>();
  for (let name: string | undefined = type; name !== undefined && !seen.has(name);) {
    if (name === ancestor) return true;
    seen.add(name);
    name = Object.hasOwn(facts.types, name) ? facts.types[name].parent : undefined;
  }
  return false;
}
