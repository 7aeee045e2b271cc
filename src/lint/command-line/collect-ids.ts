import { IdNamespaces, type IdNamespace } from '../../validator/id-namespaces.js';
import { lastValue, treeString, type OptionUse } from '../option-use.js';
import { parseBool } from '../../model/values/parse-bool.js';

/**
 * The IDs a command line defines, read from its options (`id=` of `-chardev`, `-object`,
 * `-netdev`, `-drive`, `-device`, `-tpmdev`, `-fsdev`, `-virtfs` (or its `mount_tag`);
 * `node-name=` of `-blockdev` and `-drive`).
 *
 * @module
 */

/** The namespace each defining option puts its `id` into. */
const DEFINES: Record<string, IdNamespace> = {
  chardev: 'chardev',
  object: 'object',
  netdev: 'netdev',
  nic: 'netdev',
  net: 'netdev',
  drive: 'drive',
  device: 'device',
  tpmdev: 'tpmdev',
  fsdev: 'fsdev',
  virtfs: 'fsdev',
};

/** Options that can define or change IDs in a way we do not read. */
const UNREADABLE = new Set(['readconfig', 'set']);

/** The IDs of `uses`. */
export function collectIds(uses: readonly OptionUse[]): IdNamespaces {
  const ids = new IdNamespaces();
  for (const use of uses) {
    // An option word we cannot read (a substitution) may be any option.
    if (UNREADABLE.has(use.name) || use.name === '') ids.markIncomplete('*');
    const namespace = DEFINES[use.name];
    if (namespace === undefined && use.name !== 'blockdev') continue;
    if (use.opaque || (use.parsed === undefined && use.tree === undefined)) {
      ids.markIncomplete(namespace ?? 'node-name');
      continue;
    }
    const at = use.argument ?? use.word;
    // -virtfs names its fsdev after its mount tag when it has no id.
    const id = use.parsed?.id?.value ?? treeString(use, 'id')?.value ??
      (use.name === 'virtfs' ? lastValue(use, 'mount_tag')?.value : undefined);
    const type = use.parsed
      ? lastValue(use, 'qom-type')?.value : treeString(use, 'qom-type')?.value;
    const modern = use.tree !== undefined;
    const mux = use.name === 'chardev' ? lastValue(use, 'mux')?.value : undefined;
    const muxOn = mux === undefined ? undefined : parseBool('mux', mux);
    // A mux or hub chardev, or one with mux=on, takes several frontends.
    const backend = use.name === 'chardev' ? lastValue(use, 'backend')?.value : undefined;
    const multiplexed = (muxOn?.ok === true && muxOn.value) || backend === 'mux' ||
      backend === 'hub';
    const defined = { word: at, option: use.name, modern, ...(type ? { type } : {}),
      ...(multiplexed ? { multiplexed } : {}) };
    if (namespace !== undefined && id !== undefined) ids.define(namespace, { id, ...defined });
    const node = lastValue(use, 'node-name')?.value ?? treeString(use, 'node-name')?.value;
    if (node !== undefined) ids.define('node-name', { id: node, ...defined });
  }
  return ids;
}
