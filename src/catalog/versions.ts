import type { Availability, QemuVersion } from './types.js';
import { QemuOptsUsageError } from '../api/usage-error.js';
import { isQemuVersion } from '../validator/release.js';

/**
 * QEMU release arithmetic for the catalog's version history.
 *
 * The built-in catalog knows a list of releases (`Catalog.releases`, e.g. 7.2 … 10.2). An
 * item exists in release R when `since <= R < removed` (an absent `since` means "7.2 or
 * earlier", an absent `removed` "still there"), and is deprecated when `deprecated <= R`.
 * Where the catalog only knows bounds (`sinceAfter`, `removedAfter`: the release was not
 * recorded, only sampled), a release strictly inside the window is `uncertain`.
 * Releases between the known ones follow the same rule, so the history facts decide them;
 * a release outside the known range is read as the nearest known one.
 *
 * @module
 */

/** Compares two releases numerically: negative when `a` is older than `b`. */
export function compareVersions(a: QemuVersion, b: QemuVersion): number {
  for (const [name, v] of [['a', a], ['b', b]] as const) {
    if (typeof v !== 'string' || !isQemuVersion(v)) {
      throw new QemuOptsUsageError('compareVersions', name, v, "a string 'X.Y' or 'X.Y.Z'");
    }
  }
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Throws unless `value` is a release string `X.Y` or `X.Y.Z`. */
function requireVersion(entryPoint: string, option: string, value: unknown): void {
  if (typeof value !== 'string' || !isQemuVersion(value)) {
    throw new QemuOptsUsageError(entryPoint, option, value, "a string 'X.Y' or 'X.Y.Z'");
  }
}

/** `MAJOR.MINOR` of a release (`10.2.2` → `10.2`). */
export function majorMinor(version: QemuVersion): QemuVersion {
  requireVersion('majorMinor', 'version', version);
  return version.split('.').slice(0, 2).join('.');
}

/**
 * What the catalog knows about something in one release: it is there, it is not (it came
 * later or went earlier), or the release lies inside a window in which it came or went at a
 * release the catalog does not know (`after` < release < `by`).
 */
export type ReleaseStatus =
  | { kind: 'present' }
  /** Not yet there; with `after` when `since` is only an upper bound. */
  | { kind: 'not-yet'; since: QemuVersion; after?: QemuVersion }
  /** Gone; with `after` when `since` (the removal) is only an upper bound. */
  | { kind: 'removed'; since: QemuVersion; after?: QemuVersion }
  | { kind: 'uncertain'; event: 'added' | 'removed'; after: QemuVersion; by: QemuVersion };

/** The status of something with `availability` in `release` (see {@link ReleaseStatus}). */
export function releaseStatus(
  availability: Availability | undefined,
  release: QemuVersion,
): ReleaseStatus {
  requireVersion('releaseStatus', 'release', release);
  if (availability !== undefined && (typeof availability !== 'object' || availability === null)) {
    throw new QemuOptsUsageError('releaseStatus', 'availability', availability,
      'an availability object or undefined');
  }
  const r = majorMinor(release);
  const { since, sinceAfter, removed, removedAfter } = availability ?? {};
  if (since && compareVersions(r, since) < 0) {
    if (sinceAfter && compareVersions(r, sinceAfter) > 0) {
      return { kind: 'uncertain', event: 'added', after: sinceAfter, by: since };
    }
    return sinceAfter ? { kind: 'not-yet', since, after: sinceAfter } : { kind: 'not-yet', since };
  }
  if (removed && compareVersions(r, removed) >= 0) {
    return removedAfter
      ? { kind: 'removed', since: removed, after: removedAfter }
      : { kind: 'removed', since: removed };
  }
  if (removed && removedAfter && compareVersions(r, removedAfter) > 0) {
    return { kind: 'uncertain', event: 'removed', after: removedAfter, by: removed };
  }
  return { kind: 'present' };
}

/**
 * Whether something with `availability` exists in `release`. A release inside an uncertain
 * window counts as having it (the benefit of the doubt); {@link releaseStatus} tells them
 * apart.
 */
export function isAvailableIn(availability: Availability | undefined, release: QemuVersion) {
  const status = releaseStatus(availability, release);
  return status.kind === 'present' || status.kind === 'uncertain';
}

/** Whether something with `availability` is deprecated (but present) in `release`. */
export function isDeprecatedIn(availability: Availability | undefined, release: QemuVersion) {
  if (!availability?.deprecated || !isAvailableIn(availability, release)) return false;
  return compareVersions(majorMinor(release), availability.deprecated) >= 0;
}

/**
 * The known release that `version` is read as: itself (as `MAJOR.MINOR`) when it lies
 * within the known range, else the oldest or newest known release. `exact` tells whether
 * no approximation was needed.
 */
export function nearestKnownRelease(
  releases: readonly QemuVersion[],
  version: QemuVersion,
): { release: QemuVersion; exact: boolean } {
  if (!Array.isArray(releases) || releases.length === 0) {
    throw new QemuOptsUsageError('nearestKnownRelease', 'releases', releases,
      'a non-empty array of releases');
  }
  releases.forEach((r, i) => requireVersion('nearestKnownRelease', `releases[${i}]`, r));
  requireVersion('nearestKnownRelease', 'version', version);
  // Releases compare as MAJOR.MINOR on both sides: a catalog imported from QEMU 7.2.22
  // knows '7.2.22', and 7.2 (or 7.2.5) is that release, not an approximation of it.
  const sorted = releases.map(majorMinor).sort(compareVersions);
  const r = majorMinor(version);
  if (compareVersions(r, sorted[0]) < 0) return { release: sorted[0], exact: false };
  const newest = sorted[sorted.length - 1];
  if (compareVersions(r, newest) > 0) return { release: newest, exact: false };
  return { release: r, exact: true };
}
