import type { Span } from '../diagnostics/diagnostic.js';
import { QemuOptsUsageError } from '../api/usage-error.js';

/**
 * The tree a keyval string or a JSON argument describes (spec 3.1, 3.3).
 *
 * @module
 */

/** A keyval leaf: always a string until a QAPI visitor reads it. */
export interface KeyvalString {
  /** What the node is. */
  kind: 'string';
  /** The value after `,,` unescaping. */
  value: string;
  /** The full dotted key as written, or the implied key. */
  key: string;
  /** The key as typed (absent for an implied value). */
  keySpan?: Span;
  /** The value as typed, escapes included. */
  valueSpan: Span;
}

/** An object: members in the order they were first written. */
export interface KeyvalObject {
  /** What the node is. */
  kind: 'object';
  /** The members by name. A `Map`, so that names like `constructor` are plain data. */
  members: Map<string, KeyvalNode>;
  /** Where the object was first named (the key prefix); absent for the root. */
  keySpan?: Span;
}

/** An array, from members named `0`, `1` … (spec 3.1). */
export interface KeyvalArray {
  /** What the node is. */
  kind: 'array';
  /** The elements in index order. */
  elements: KeyvalNode[];
  /** Where the array was first named (the key prefix). */
  keySpan?: Span;
}

/** Any node of a keyval tree. */
export type KeyvalNode = KeyvalString | KeyvalObject | KeyvalArray;

/** A JSON-like value: what QEMU's keyval parser hands to the QAPI visitor. */
export type KeyvalJson = string | KeyvalJson[] | { [name: string]: KeyvalJson };

/**
 * The plain JSON value of a node (`{"a":{"b":"1"}}` for `a.b=1`). Iterative: a keyval tree
 * is as deep as its longest dotted key.
 *
 * @since 0.1.0
 */
export function keyvalToJson(node: KeyvalNode): KeyvalJson {
  let result: KeyvalJson = '';
  const work: [KeyvalNode, (value: KeyvalJson) => void][] = [[node, (v) => { result = v; }]];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [next, store] = item;
    if (!isKeyvalNode(next)) {
      throw new QemuOptsUsageError('keyvalToJson', 'node', next, 'a keyval node');
    }
    if (next.kind === 'string') {
      store(next.value);
    } else if (next.kind === 'array') {
      const out: KeyvalJson[] = [];
      store(out);
      next.elements.forEach((element, i) => work.push([element, (v) => { out[i] = v; }]));
    } else {
      const out: { [name: string]: KeyvalJson } = {};
      store(out);
      for (const [name, member] of next.members) {
        // Defined now, so that the members keep their order; filled when visited.
        Object.defineProperty(out, name, { value: '', enumerable: true, writable: true,
          configurable: true });
        work.push([member, (v) => { out[name] = v; }]);
      }
    }
  }
  return result;
}

/** Whether `value` has the shape of a {@link KeyvalNode} at its top level. */
function isKeyvalNode(value: unknown): value is KeyvalNode {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Partial<Record<string, unknown>>;
  if (node.kind === 'string') return typeof node.value === 'string';
  if (node.kind === 'array') return Array.isArray(node.elements);
  return node.kind === 'object' && node.members instanceof Map;
}
