import type { Span } from '../diagnostics/diagnostic.js';
import type { KeyvalNode } from '../model/keyval-tree.js';
import type { JsonNode } from '../model/parse-json-arg.js';
import type { VisitValue } from './qapi-visit.js';

/**
 * The QObject a keyval tree or a JSON argument hands to QEMU's input visitor, as the
 * visitor's {@link VisitValue}s with the spans of what the user wrote. Both walk with a
 * work list, not recursion: a dotted key nests as deep as it has dots.
 *
 * @module
 */

/** A node still to convert, and where its value goes. */
type Pending<N> = [N, (value: VisitValue) => void];

/** Converts `root` with `convert`, which converts one node and queues its children. */
function convertTree<N>(root: N, convert: (node: N, queue: Pending<N>[]) => VisitValue):
    VisitValue {
  let result: VisitValue | undefined;
  const queue: Pending<N>[] = [[root, (value) => { result = value; }]];
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    item[1](convert(item[0], queue));
  }
  return result as VisitValue;
}

/** A placeholder, replaced before the conversion ends (keeps a map's member order). */
const PENDING: VisitValue = { kind: 'null', span: { start: 0, end: 0 } };

/** A keyval node (the root's `span` is the whole argument). */
export function keyvalValue(node: KeyvalNode, span: Span): VisitValue {
  const spans = new Map<KeyvalNode, Span>([[node, span]]);
  return convertTree(node, (next, queue) => {
    if (next.kind === 'string') {
      return { kind: 'string', text: next.value, span: next.valueSpan, keySpan: next.keySpan };
    }
    const at = next.keySpan ?? (spans.get(next) as Span);
    const children: KeyvalNode[] = next.kind === 'array' ? next.elements
      : [...next.members.values()];
    for (const child of children) spans.set(child, at);
    if (next.kind === 'array') {
      const elements: VisitValue[] = [];
      next.elements.forEach((e, i) => queue.push([e, (v) => { elements[i] = v; }]));
      return { kind: 'array', elements, span: at, keySpan: next.keySpan };
    }
    const members = new Map<string, VisitValue>();
    for (const [name, member] of next.members) {
      members.set(name, PENDING);
      queue.push([member, (v) => { members.set(name, v); }]);
    }
    return { kind: 'object', members, span: at, keySpan: next.keySpan };
  });
}

/** A JSON value. */
export function jsonValue(node: JsonNode, keySpan?: Span): VisitValue {
  return convertTree<[JsonNode, Span | undefined]>([node, keySpan], ([next, key], queue) => {
    const base = { span: next.span, keySpan: key };
    switch (next.kind) {
      case 'object': {
        const members = new Map<string, VisitValue>();
        for (const [name, m] of next.members) {
          members.set(name, PENDING);
          queue.push([[m.value, m.keySpan], (v) => { members.set(name, v); }]);
        }
        return { kind: 'object', members, ...base };
      }
      case 'array': {
        const elements: VisitValue[] = [];
        next.elements.forEach((e, i) => queue.push([[e, undefined], (v) => { elements[i] = v; }]));
        return { kind: 'array', elements, ...base };
      }
      case 'string': return { kind: 'string', text: next.value, ...base };
      case 'integer': return { kind: 'integer', value: next.value, ...base };
      case 'boolean': return { kind: 'boolean', bool: next.value, ...base };
      default: return { kind: next.kind, ...base };
    }
  });
}
