import data from '../../catalog/build-facts/debian-7.2-x86_64.json' with { type: 'json' };
import type { BuildFacts } from './build-facts.js';

/**
 * The built-in build facts: what Debian bookworm's `qemu-system-x86_64` (QEMU 7.2) reports
 * about itself (`scripts/import-builtin-facts.ts`). Lint uses them for QEMU 7.2 and target
 * x86_64 only; for other builds, `qemu-opts import-binary` makes a user's own.
 *
 * @module
 */

/** Debian's QEMU 7.2 x86_64 build facts. */
export const BUILTIN_BUILD_FACTS: BuildFacts = data as BuildFacts;
