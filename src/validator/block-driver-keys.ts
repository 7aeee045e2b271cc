import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import type { QapiTypeCatalog, QapiTypeVersion } from '../catalog/qapi-types.js';
import { releasesFor } from './qapi-arguments.js';

/**
 * Which keys a block driver takes on its node when `-drive` opens it (`bdrv_open_inherit`
 * in `block.c`), per sampled release, derived from the QAPI `BlockdevOptions` union in
 * `catalog/qapi-types.json`: the common members of every node, then the driver's branch with
 * its bases. A member of struct, union or alternate type (a child node such as `file`, a
 * nested struct such as `cache` or qcow2's `encrypt`) takes its dotted sub-keys too.
 *
 * `-drive` does not go through the QAPI visitor: each driver reads its own QemuOpts list
 * (`runtime_opts`) and children from a flat dictionary, and QEMU rejects what is left over.
 * The two differ, and there the binary decides (checked against QEMU 7.2's, and against the
 * C sources of 7.2, 10.0 and 10.2):
 *
 * - `vpc` reads `force_size_calc`, `parallels` reads `prealloc-mode` and `prealloc-size`,
 *   which its QAPI branch lacks (-drive only options);
 * - `vmdk` opens its extents as children `extents.N`;
 * - `backing` and `backing.*` are read for every driver by the generic layer
 *   (`bdrv_open_backing_file`), which reports a driver without backing files differently
 *   (`Driver doesn't support backing files`), so they are never an unknown key here.
 *
 * Only drivers whose open functions were compared with their QAPI branch have facts: the
 * image formats QEMU probes, and the `file`, `host_device`, `host_cdrom`, `null-co` and
 * `null-aio` protocols. Keys of any other driver are not judged.
 *
 * @module
 */

/** The image formats QEMU can probe (those with a `bdrv_probe`), all compared with C. */
export const PROBED_FORMATS = ['raw', 'qcow2', 'qcow', 'qed', 'vmdk', 'vdi', 'vhdx', 'vpc',
  'luks', 'bochs', 'cloop', 'dmg', 'parallels'];

/** Protocol drivers compared with C: QEMU names them as `Block protocol '…'`. */
export const CHECKED_PROTOCOLS = ['file', 'host_device', 'host_cdrom', 'null-co', 'null-aio'];

/** Keys (or `prefix.` for sub-keys) that the C open functions read beyond the QAPI branch. */
const C_ONLY_KEYS: Record<string, string[]> = {
  vpc: ['force_size_calc'],
  parallels: ['prealloc-mode', 'prealloc-size'],
  vmdk: ['extents.'],
};

/** Keys every driver's node accepts as not unknown: the generic layer reads them. */
const GENERIC_KEYS = ['backing', 'backing.'];

/** Types of QAPI members whose values are scalars (no sub-keys). */
const SCALARS = new Set(['str', 'int', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16',
  'uint32', 'uint64', 'size', 'bool', 'number', 'null', 'any']);

/** The keys a node takes: plain names, and prefixes (ending in `.`) of dotted sub-keys. */
export interface NodeKeys {
  /** Plain keys. */
  plain: Set<string>;
  /** Prefixes such as `file.` whose every sub-key is read by a child or nested struct. */
  prefixes: string[];
}

/** The definition of `name` in `release`, if any. */
function typeIn(types: QapiTypeCatalog, name: string, release: string):
    QapiTypeVersion | undefined {
  const versions = Object.hasOwn(types.types, name) ? types.types[name] : [];
  return versions.find((v) => v.releases.includes(release));
}

/** Adds the members of struct `name` and its bases in `release` to `keys`. */
function addStruct(types: QapiTypeCatalog, name: string, release: string, keys: NodeKeys): void {
  const def = typeIn(types, name, release);
  if (def === undefined) return;
  if (def.base !== undefined) addStruct(types, def.base, release, keys);
  for (const member of def.members ?? []) {
    keys.plain.add(member.name);
    const kind = typeIn(types, member.type, release)?.kind;
    if (!SCALARS.has(member.type) && kind !== 'enum') keys.prefixes.push(`${member.name}.`);
  }
}

/** Adds `names` (plain keys, or prefixes ending in `.`) to `keys`. */
function addNames(keys: NodeKeys, names: readonly string[]): void {
  for (const name of names) {
    if (name.endsWith('.')) keys.prefixes.push(name);
    else keys.plain.add(name);
  }
}

/** The keys `driver`'s node takes in the sampled `release`; undefined without facts. */
export function nodeKeysIn(driver: string, release: string, types = BUILTIN_QAPI_TYPES):
    NodeKeys | undefined {
  if (!PROBED_FORMATS.includes(driver) && !CHECKED_PROTOCOLS.includes(driver)) return undefined;
  const union = typeIn(types, 'BlockdevOptions', release);
  const branch = union?.variants?.find((v) => v.name === driver);
  if (union === undefined || branch === undefined) return undefined;
  const keys: NodeKeys = { plain: new Set(), prefixes: [] };
  for (const member of union.members ?? []) {
    keys.plain.add(member.name);
    const kind = typeIn(types, member.type, release)?.kind;
    if (kind === 'struct') keys.prefixes.push(`${member.name}.`);
  }
  addStruct(types, branch.type, release, keys);
  addNames(keys, C_ONLY_KEYS[driver] ?? []);
  addNames(keys, GENERIC_KEYS);
  return keys;
}

/** Whether `keys` take `key`. */
export function takes(keys: NodeKeys, key: string): boolean {
  return keys.plain.has(key) || keys.prefixes.some((p) => key.startsWith(p));
}

/**
 * Whether `key` is surely no key of `driver` in `version`: in every sampled release that
 * stands for it, the driver has facts and does not take the key. False without facts.
 */
export function surelyNotTaken(driver: string, key: string, version: string): boolean {
  const releases = releasesFor(version, BUILTIN_QAPI_TYPES.releases);
  if (releases.length === 0) return false;
  return releases.every((release) => {
    const keys = nodeKeysIn(driver, release);
    return keys !== undefined && !takes(keys, key);
  });
}

/**
 * Whether `key` is surely no key of any format QEMU may probe in `version`, for a drive
 * without `format=`.
 */
export function noProbedFormatTakes(key: string, version: string): boolean {
  return PROBED_FORMATS.every((format) => surelyNotTaken(format, key, version));
}
