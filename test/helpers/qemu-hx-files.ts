/**
 * Where tests find QEMU's `qemu-options.hx` files: the Debian source packages fetched by
 * `scripts/fetch-qemu-sources.sh` into `$QEMU_SRC_CACHE` (default `<repo>/.cache/qemu-src`).
 * They are never committed; CI fetches them through `scripts/install-test-deps.sh`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from `dist/test/...`). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The releases whose files the cache holds. */
export const HX_RELEASES = ['7.2', '10.0', '10.2'] as const;

/** The cache directory. */
export function qemuSrcCache(): string {
  return process.env.QEMU_SRC_CACHE ?? join(repoRoot, '.cache', 'qemu-src');
}

/** Path of the `qemu-options.hx` of `release`. */
export function hxPath(release: string): string {
  return join(qemuSrcCache(), release, 'keep', 'qemu-options.hx');
}

/** Text of the `qemu-options.hx` of `release` (throws when the cache lacks it). */
export function hxText(release: string): string {
  return readFileSync(hxPath(release), 'utf8');
}

/** Path of one of our own `.hx` fixtures. */
export function hxFixture(name: string): string {
  return join(repoRoot, 'test', 'fixtures', 'hx', name);
}
