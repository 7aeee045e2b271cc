import type { QemuVersion } from '../catalog/types.js';

/**
 * QEMU release numbers: comparing them and mapping a requested release onto a catalog.
 *
 * @module
 */

/** Compares dotted releases numerically: negative if `a` is older than `b`. `10.2` > `9.1`. */
export function compareQemuVersions(a: QemuVersion, b: QemuVersion): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] || 0) - (right[i] || 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Whether `text` is a release number `X.Y` or `X.Y.Z`. */
export function isQemuVersion(text: string): boolean {
  return /^\d+\.\d+(\.\d+)?$/.test(text);
}

/**
 * The release to check against for a requested one: the request itself when it lies within
 * `releases` (oldest first), else the nearest end of the range, with `approximated` set.
 */
export function resolveQemuVersion(
  requested: QemuVersion,
  releases: readonly QemuVersion[],
): { version: QemuVersion; approximated: boolean } {
  const oldest = releases[0];
  const newest = releases[releases.length - 1];
  if (oldest === undefined) return { version: requested, approximated: false };
  if (compareQemuVersions(requested, oldest) < 0) return { version: oldest, approximated: true };
  if (compareQemuVersions(requested, newest) > 0 && !sameRelease(requested, newest)) {
    return { version: newest, approximated: true };
  }
  return { version: requested, approximated: false };
}

/** Whether `a` is a patch release of `b` (`10.2.2` of `10.2`) or equal to it. */
function sameRelease(a: QemuVersion, b: QemuVersion): boolean {
  const [am, an] = a.split('.');
  const [bm, bn] = b.split('.');
  return am === bm && an === bn && b.split('.').length === 2;
}
