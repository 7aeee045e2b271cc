import data from '../../catalog/qapi-types.json' with { type: 'json' };
import type { QapiTypeCatalog } from './qapi-types.js';

/**
 * The built-in QAPI type facts (`catalog/qapi-types.json`), imported directly so that
 * bundlers inline them and a browser needs no file access.
 *
 * @module
 */

/** The QAPI types of the options whose arguments QEMU's visitor reads, per release. */
export const BUILTIN_QAPI_TYPES: QapiTypeCatalog = data as QapiTypeCatalog;
