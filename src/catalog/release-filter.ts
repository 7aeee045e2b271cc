/**
 * Whether a catalog entry exists in a given QEMU release, from its `versions` record.
 *
 * @module
 */
import type { Availability, QemuVersion } from './types.js';

/** Compares two releases numerically (`8.1` < `10.0`, `10.2` = `10.2.0`). */
export function compareReleases(a: QemuVersion, b: QemuVersion): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether something with `versions` exists in `release` (no record: it always exists). */
export function existsInRelease(versions: Availability | undefined, release: QemuVersion): boolean {
  if (!versions) return true;
  if (versions.since && compareReleases(release, versions.since) < 0) return false;
  if (versions.removed && compareReleases(release, versions.removed) >= 0) return false;
  return true;
}
