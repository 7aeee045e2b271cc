import { descendsFrom, type BuildFacts } from '../catalog/build-facts.js';
import { compareVersions } from '../catalog/versions.js';

/**
 * Device properties that have a getter and no setter, which QEMU refuses to set with
 * `Property 'T.p' is not writable` (`object_property_set`, `qom/object.c`) before it reads
 * the value. QMP lists them like any other property, so these facts come from QEMU's sources
 * (the properties added without a setter), each checked against QEMU 7.2's binary by a test.
 *
 * @module
 */

/** Read-only properties of one device type and its descendants. */
interface ReadOnlyEntry {
  /** The type that has them; `{cpu}` stands for the target's CPU base type (`x86_64-cpu`). */
  type: string;
  /** Their names. */
  properties: readonly string[];
  /** The type QEMU's message names, when the property is an alias of a child's. */
  owner?: string;
  /** The releases whose sources were read, `[first, last]` (`X.Y`). */
  releases: readonly [string, string];
}

/** The table. */
const READ_ONLY: readonly ReadOnlyEntry[] = [
  // qom/object.c and hw/core/qdev.c: class properties of every device.
  { type: 'device', properties: ['type', 'hotpluggable', 'hotplugged', 'parent_bus'],
    releases: ['7.2', '10.2'] },
  { type: 'pc-dimm', properties: ['size'], releases: ['7.2', '10.2'] },
  { type: 'virtio-mem', properties: ['size'], releases: ['7.2', '10.2'] },
  { type: 'virtio-mem-pci-base', properties: ['size'], owner: 'virtio-mem',
    releases: ['7.2', '10.2'] },
  { type: 'virtio-balloon-device', properties: ['guest-stats'], releases: ['7.2', '10.2'] },
  { type: 'virtio-balloon-pci-base', properties: ['guest-stats'],
    owner: 'virtio-balloon-device', releases: ['7.2', '10.2'] },
  // 8.0 made `attached` settable for some USB devices.
  { type: 'usb-device', properties: ['attached'], releases: ['7.2', '7.2'] },
  { type: '{cpu}', releases: ['7.2', '10.2'],
    properties: ['feature-words', 'filtered-features', 'unavailable-features',
      'crash-information'] },
];

/** `X.Y` of the facts' release. */
function releaseOf(facts: BuildFacts): string {
  return facts.qemuVersion.split('.').slice(0, 2).join('.');
}

/**
 * The type name QEMU's `is not writable` message gives for property `name` (of QOM type
 * `qomType`) of a `type` device, or undefined when the property can be set (or the facts'
 * release was not read). A `child<…>` property never has a setter.
 */
export function readOnlyOwner(facts: BuildFacts, type: string, name: string,
  qomType: string): string | undefined {
  if (qomType.startsWith('child<')) return type;
  const release = releaseOf(facts);
  const entry = READ_ONLY.find((e) => e.properties.includes(name) &&
    compareVersions(release, e.releases[0]) >= 0 && compareVersions(release, e.releases[1]) <= 0 &&
    descendsFrom(facts, type, e.type.replace('{cpu}', `${facts.target}-cpu`)));
  return entry === undefined ? undefined : entry.owner ?? type;
}
