import type { Span } from '../diagnostics/diagnostic.js';

/**
 * Finds where a JSON Pointer (RFC 6901, as in ajv's `instancePath`) points in a JSON text,
 * so that a schema error can be shown at the value it is about rather than at the file.
 *
 * @module
 */

const WS = /[ \t\r\n]*/y;

/** Offset of the first non-blank character at or after `at`. */
function skipBlank(text: string, at: number): number {
  WS.lastIndex = at;
  WS.exec(text);
  return WS.lastIndex;
}

/** Offset just past the JSON string that starts at `at` (which holds `"`). */
function skipString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Offset just past the JSON value that starts at `at`. */
function skipValue(text: string, at: number): number {
  const c = text[at];
  if (c === '"') return skipString(text, at);
  if (c !== '{' && c !== '[') {
    let i = at;
    while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const d = text[i];
    if (d === '"') i = skipString(text, i) - 1;
    else if (d === '{' || d === '[') depth++;
    else if ((d === '}' || d === ']') && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Offset of the member value named `key` (or element `key`) of the container at `at`. */
function child(text: string, at: number, key: string): number | undefined {
  const isObject = text[at] === '{';
  let i = skipBlank(text, at + 1);
  for (let index = 0; i < text.length && text[i] !== '}' && text[i] !== ']'; index++) {
    let name = String(index);
    if (isObject) {
      const end = skipString(text, i);
      name = JSON.parse(text.slice(i, end)) as string;
      i = skipBlank(text, skipBlank(text, end) + 1);
    }
    if (name === key) return i;
    i = skipBlank(text, skipValue(text, i));
    if (text[i] === ',') i = skipBlank(text, i + 1);
  }
  return undefined;
}

/**
 * The span of the value at `pointer` in `text`, or of the deepest existing ancestor when the
 * path does not exist (a missing property is reported at its parent). `text` must be JSON.
 */
export function locateJsonPointer(text: string, pointer: string): Span {
  let at = skipBlank(text, 0);
  const parts = pointer === '' ? [] : pointer.slice(1).split('/');
  for (const raw of parts) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (text[at] !== '{' && text[at] !== '[') break;
    const next = child(text, at, key);
    if (next === undefined) break;
    at = next;
  }
  return { start: at, end: skipValue(text, at) };
}
