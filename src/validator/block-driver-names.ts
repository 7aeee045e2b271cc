import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import { releasesFor } from './qapi-arguments.js';

/**
 * Block driver names a release can know: the values of its QAPI `BlockdevDriver` enum
 * (`catalog/qapi-types.json`). A name outside the enum has no driver in any build of that
 * release (`bdrv_find_format` fails: `Unknown driver 'x'`); a name inside it may still be
 * missing from a build, which is not judged here.
 *
 * @module
 */

/**
 * Whether `name` is surely no block driver of `version`: it is outside `BlockdevDriver` in
 * every sampled release standing for `version`; false when no sampled release stands for it.
 */
export function surelyUnknownDriver(name: string, version: string): boolean {
  const versions = BUILTIN_QAPI_TYPES.types.BlockdevDriver ?? [];
  const releases = releasesFor(version, BUILTIN_QAPI_TYPES.releases);
  if (releases.length === 0) return false;
  return releases.every((release) => {
    const type = versions.find((v) => v.releases.includes(release));
    return type?.values !== undefined && !type.values.some((v) => v.name === name);
  });
}
