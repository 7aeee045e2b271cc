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

/**
 * Whether something with `versions` exists in `release` (no record: it always exists). A
 * release inside an uncertain window (`sinceAfter`, `removedAfter`) counts as having it.
 */
export function existsInRelease(versions: Availability | undefined, release: QemuVersion): boolean {
  if (!versions) return true;
  // A release strictly after `sinceAfter` may have it (the catalog cannot tell): kept.
  const maybe = versions.sinceAfter && compareReleases(release, versions.sinceAfter) > 0;
  if (versions.since && compareReleases(release, versions.since) < 0 && !maybe) return false;
  if (versions.removed && compareReleases(release, versions.removed) >= 0) return false;
  return true;
}
