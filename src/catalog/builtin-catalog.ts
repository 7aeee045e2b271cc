import data from '../../catalog/qemu-options.json' with { type: 'json' };
import type { Catalog } from './types.js';

/**
 * The built-in catalog (`catalog/qemu-options.json`), imported directly so that bundlers
 * inline it and a browser needs no file access.
 *
 * @module
 */

/** The built-in catalog of QEMU's command-line options. */
export const BUILTIN_CATALOG: Catalog = data as Catalog;
