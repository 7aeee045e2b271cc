import type { Diagnostic } from './diagnostic.js';

/**
 * Diagnostics as JSON: an array of {@link Diagnostic} objects, the form described by
 * `schemas/diagnostics.schema.json`.
 *
 * @module
 */

/** The JSON text of `diagnostics`, pretty-printed, ending with a newline. */
export function renderJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}
