import { requireArray } from '../api/usage-error.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * Diagnostics as JSON: an array of {@link Diagnostic} objects, the form described by
 * `schemas/diagnostics.schema.json`.
 *
 * @module
 */

/** About how many characters {@link renderJsonChunks} gathers before it yields them. */
const CHUNK_CHARS = 1 << 16;

/**
 * The JSON text of `diagnostics` piece by piece: the same text as {@link renderJson},
 * one diagnostic at a time, so that no single string has to hold all of it (a JavaScript
 * string stops at about 512 MiB). Concatenated, the pieces are one JSON array.
 */
export function renderJsonChunks(diagnostics: readonly Diagnostic[]): Generator<string> {
  requireArray('renderJsonChunks', 'diagnostics', diagnostics);
  return jsonChunks(diagnostics);
}

/** The pieces of {@link renderJsonChunks}, once its argument was checked. */
function* jsonChunks(diagnostics: readonly Diagnostic[]): Generator<string> {
  if (diagnostics.length === 0) {
    yield '[]\n';
    return;
  }
  let chunk = '[\n';
  for (let i = 0; i < diagnostics.length; i++) {
    const item = JSON.stringify(diagnostics[i], null, 2).replace(/\n/g, '\n  ');
    chunk += `  ${item}${i + 1 < diagnostics.length ? ',' : ''}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]\n`;
}

/** The JSON text of `diagnostics`, pretty-printed, ending with a newline. */
export function renderJson(diagnostics: readonly Diagnostic[]): string {
  requireArray('renderJson', 'diagnostics', diagnostics);
  let text = '';
  for (const chunk of renderJsonChunks(diagnostics)) text += chunk;
  return text;
}
