import catalogJson from '../../catalog/qemu-options.json' with { type: 'json' };
import type { Catalog } from './types.js';

/**
 * The built-in catalog (`catalog/qemu-options.json`): QEMU 7.2 to 10.2, facts extracted
 * from QEMU's sources by `scripts/extract-catalog.ts`, text in our own words. It is checked
 * against the catalog schema by the test suite, so it is not re-validated at run time.
 * See `docs/catalog.md`.
 *
 * @module
 */

/** The built-in catalog. Treat it as read-only: it is shared by every caller. */
export const BUILTIN_CATALOG: Catalog = catalogJson as Catalog;
