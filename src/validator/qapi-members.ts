import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { KeyvalNode, KeyvalObject } from '../model/keyval-tree.js';
import type { JsonNode } from '../model/parse-json-arg.js';
import { jsonScalarError, keyvalScalarError, type QapiScalar } from './qapi-scalar.js';
import { appendAll } from '../util/append-all.js';

/**
 * The known members of a QAPI struct, checked the way QEMU's input visitor reads them:
 * member by member in schema order, each value against its type, then (for a struct whose
 * members are all known) the members nobody asked for (spec 2.5).
 *
 * @module
 */

/** One member of a QAPI struct. */
export interface MemberSpec {
  /** The member name. */
  name: string;
  /** A scalar type, or the members of a nested struct. */
  type: QapiScalar | MemberSpec[];
  /** For an enum: the values QEMU's table has (`Parameter 'x' does not accept value 'y'`). */
  values?: readonly string[];
}

/** A finding of the member check, with the code it is reported under. */
export interface MemberFinding {
  /** `member-type`, `member-unexpected` or `json-type`. */
  code: string;
  /** QEMU's message. */
  message: string;
  /** Where, in the argument's text. */
  span: Span;
  /** The keyval node it is about (to find the argument it came from). */
  node?: KeyvalNode;
  /** Advice, when there is some (a likely intended name). */
  hint?: string;
}

/** What the caller says about the struct. */
export interface StructRules {
  /** The members QEMU reads, in schema order. */
  members: readonly MemberSpec[];
  /** Whether every member is known, so that any other one is unexpected. */
  closed: boolean;
  /** The path prefix of member names in messages (`smp.`), empty for none. */
  prefix: string;
}

const joined = (prefix: string, name: string): string => `${prefix}${name}`;

/** The findings on a keyval object, in the order QEMU's visitor meets them. */
export function keyvalMemberFindings(root: KeyvalObject, rules: StructRules,
  where: Span): MemberFinding[] {
  const found: MemberFinding[] = [];
  for (const spec of rules.members) {
    const node = root.members.get(spec.name);
    if (node !== undefined) appendAll(found, keyvalMember(node, spec, rules.prefix, where));
  }
  if (!rules.closed) return found;
  const known = new Set(rules.members.map((m) => m.name));
  for (const [name, node] of root.members) {
    if (known.has(name)) continue;
    found.push({ code: 'member-unexpected', message: unexpected(rules.prefix, name),
      span: node.keySpan ?? (node.kind === 'string' ? node.valueSpan : where), node });
  }
  return found;
}

/** `Parameter 'p.x' is unexpected`, whatever the member holds (QEMU's `check_struct`). */
function unexpected(prefix: string, name: string): string {
  return `Parameter '${joined(prefix, name)}' is unexpected`;
}

/** The findings on one keyval member. */
function keyvalMember(node: KeyvalNode, spec: MemberSpec, prefix: string, where: Span):
    MemberFinding[] {
  const path = joined(prefix, spec.name);
  const span = node.kind === 'string' ? node.valueSpan : node.keySpan ?? where;
  if (Array.isArray(spec.type)) {
    // LIMITATION(#4): a scalar where QEMU wants a nested struct is not reported.
    if (node.kind !== 'object') return [];
    return keyvalMemberFindings(node, { members: spec.type, closed: false,
      prefix: `${path}.` }, where);
  }
  if (node.kind !== 'string') {
    return [{ code: 'member-unexpected', message: `Parameters '${path}.*' are unexpected`,
      span, node }];
  }
  const message = spec.values && !spec.values.includes(node.value)
    ? `Parameter '${path}' does not accept value '${node.value}'`
    : keyvalScalarError(spec.type, path, node.value);
  return message === undefined ? [] : [{ code: 'member-type', message, span, node }];
}

/** The findings on the members of a JSON object, in the order QEMU's visitor meets them. */
export function jsonMemberFindings(root: JsonNode, members: readonly MemberSpec[],
  prefix = ''): MemberFinding[] {
  if (root.kind !== 'object') return [];
  const found: MemberFinding[] = [];
  for (const spec of members) {
    const member = root.members.get(spec.name);
    if (member === undefined) continue;
    const path = joined(prefix, spec.name);
    const node = member.value;
    if (Array.isArray(spec.type)) {
      if (node.kind !== 'object') {
        found.push({ code: 'json-type', span: node.span,
          message: `Invalid parameter type for '${path}', expected: object` });
      } else appendAll(found, jsonMemberFindings(node, spec.type, `${path}.`));
      continue;
    }
    const message = jsonScalarError(spec.type, path, node) ??
      (spec.values && node.kind === 'string' && !spec.values.includes(node.value)
        ? `Parameter '${path}' does not accept value '${node.value}'` : undefined);
    if (message !== undefined) {
      const code = message.startsWith('Invalid parameter type') ? 'json-type' : 'member-type';
      found.push({ code, message, span: node.span });
    }
  }
  return found;
}

/** A member finding as an error diagnostic. */
export function asError(finding: MemberFinding): SpanDiagnostic {
  return { code: finding.code, severity: 'error', message: finding.message, span: finding.span };
}
