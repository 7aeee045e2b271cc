/**
 * Reading a QEMU release number as the user writes it (arithmetic on releases lives in
 * `catalog/versions.ts`).
 *
 * @module
 */

/** Whether `text` is a release number `X.Y` or `X.Y.Z`. */
export function isQemuVersion(text: string): boolean {
  return /^\d+\.\d+(\.\d+)?$/.test(text);
}

/**
 * Compares dotted releases numerically: negative if `a` is older than `b`. Kept for the
 * modules that import it from here; it is `compareVersions` of `catalog/versions.ts`.
 */
export { compareVersions as compareQemuVersions } from '../catalog/versions.js';
