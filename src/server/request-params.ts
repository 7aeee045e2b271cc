import type { Position } from 'vscode-languageserver-types';

/**
 * Reading the document and position of a request defensively: a client that sends a
 * malformed request gets LSP's InvalidParams error naming the field, not an internal error.
 *
 * @module
 */

/** A malformed request parameter (turned into an InvalidParams response). */
function invalid(field: string): TypeError {
  const error = new TypeError(`invalid request: '${field}' is missing or malformed`);
  error.name = 'InvalidParams';
  return error;
}

/** The value at a dotted `path` of `params`. */
function at(params: unknown, path: string): unknown {
  let value = params;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** `params.textDocument.uri`. */
export function requestDocument(params: unknown): string {
  const uri = at(params, 'textDocument.uri');
  if (typeof uri !== 'string') throw invalid('textDocument.uri');
  return uri;
}

/** The position at `path` of `params` (default `position`), clamped to be non-negative. */
export function requestPosition(params: unknown, path = 'position'): Position {
  const line = at(params, `${path}.line`);
  const character = at(params, `${path}.character`);
  if (typeof line !== 'number' || typeof character !== 'number' ||
    !Number.isFinite(line) || !Number.isFinite(character)) {
    throw invalid(path);
  }
  return { line: Math.max(0, Math.trunc(line)), character: Math.max(0, Math.trunc(character)) };
}
