import type { Span } from '../diagnostics/diagnostic.js';
import type { KeyvalNode } from '../model/keyval-tree.js';
import type { JsonNode } from '../model/parse-json-arg.js';
import type { VisitValue } from './qapi-visit.js';

/**
 * The QObject a keyval tree or a JSON argument hands to QEMU's input visitor, as the
 * visitor's {@link VisitValue}s with the spans of what the user wrote.
 *
 * @module
 */

/** A keyval node (the root's `span` is the whole argument). */
export function keyvalValue(node: KeyvalNode, span: Span): VisitValue {
  if (node.kind === 'string') {
    return { kind: 'string', text: node.value, span: node.valueSpan, keySpan: node.keySpan };
  }
  const at = node.keySpan ?? span;
  if (node.kind === 'array') {
    return { kind: 'array', elements: node.elements.map((e) => keyvalValue(e, at)), span: at,
      keySpan: node.keySpan };
  }
  const members = new Map<string, VisitValue>();
  for (const [name, member] of node.members) members.set(name, keyvalValue(member, at));
  return { kind: 'object', members, span: at, keySpan: node.keySpan };
}

/** A JSON value. */
export function jsonValue(node: JsonNode, keySpan?: Span): VisitValue {
  const base = { span: node.span, keySpan };
  switch (node.kind) {
    case 'object': {
      const members = new Map<string, VisitValue>();
      for (const [name, m] of node.members) members.set(name, jsonValue(m.value, m.keySpan));
      return { kind: 'object', members, ...base };
    }
    case 'array':
      return { kind: 'array', elements: node.elements.map((e) => jsonValue(e)), ...base };
    case 'string': return { kind: 'string', text: node.value, ...base };
    case 'integer': return { kind: 'integer', value: node.value, ...base };
    case 'boolean': return { kind: 'boolean', bool: node.value, ...base };
    default: return { kind: node.kind, ...base };
  }
}
