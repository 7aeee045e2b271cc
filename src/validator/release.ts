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
