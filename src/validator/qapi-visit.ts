import type { Span } from '../diagnostics/diagnostic.js';
import type { Truth } from '../catalog/condition.js';
import type { QapiTypeVersion } from '../catalog/qapi-types.js';
import { closestName } from './did-you-mean.js';
import { firstLeftover } from './qdict-order.js';
import {
  BUILTIN_TYPES, jsonScalarMessage, keyvalScalarMessage, type ScalarValue,
} from './qapi-scalar-read.js';

/**
 * Reads a parsed keyval tree or JSON value against a QAPI type the way QEMU's qobject input
 * visitor runs the generated `visit_type_*` code (`qapi/qobject-input-visitor.c`,
 * `scripts/qapi/visit.py`): struct members in schema order (base, own members, the union's
 * variant), each present or required one read by its type, then the leftover keys
 * (`Parameter '…' is unexpected`, the one GLib's hash table lists first). QEMU stops at the
 * first error, so this returns at most one finding.
 *
 * @module
 */

/** A value as the visitor sees it, with where it was written. */
export interface VisitValue {
  /** The QObject type (keyval leaves are always strings). */
  kind: 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'object' | 'array';
  /** A string's text. */
  text?: string;
  /** An integer's value. */
  value?: bigint;
  /** A JSON boolean's value. */
  bool?: boolean;
  /** An object's members, in the order they were first written. */
  members?: Map<string, VisitValue>;
  /** An array's elements. */
  elements?: VisitValue[];
  /** The value as written (for an object or array written as dotted keys: its key). */
  span: Span;
  /** The member's key as written, when it has one. */
  keySpan?: Span;
}

/** The QAPI types of one release, with the build's conditions. */
export interface QapiSchemaView {
  /** The definition of a non-built-in type, if the release has it. */
  type(name: string): QapiTypeVersion | undefined;
  /** Whether a build condition holds (`unknown` for build features). */
  holds(condition: string | undefined): Truth;
  /** The release, for version-dependent scalar parsing (sizes). */
  release: string;
}

/** The one error the visitor stops at. */
export interface VisitFinding {
  /** `member-missing`, `member-unexpected`, `member-type` or `json-type`. */
  code: string;
  /** QEMU's message. */
  message: string;
  /** Where. */
  span: Span;
  /** A did-you-mean hint for an unexpected member. */
  hint?: string;
}

/** Thrown inside the walk to stop it at the first error, as QEMU does. */
class Stop {
  constructor(readonly finding: VisitFinding) {}
}

/** An open struct: its object, the keys read so far, its full name. */
interface Frame {
  object: VisitValue;
  read: string[];
  path: string;
  /** Member names the struct has (for did-you-mean hints). */
  known: string[];
}

/** Reads `value` as `type` (`mode`: how QEMU built the QObject). */
export function visitQapi(schema: QapiSchemaView, type: string, value: VisitValue,
  mode: 'keyval' | 'json'): VisitFinding | undefined {
  try {
    new Visitor(schema, mode).visit(type, false, value, '', null, value.span);
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.finding;
    throw e;
  }
}

class Visitor {
  constructor(private readonly schema: QapiSchemaView,
    private readonly mode: 'keyval' | 'json') {}

  private stop(code: string, message: string, span: Span, hint?: string): never {
    const finding: VisitFinding = { code, message, span };
    if (hint) finding.hint = hint;
    throw new Stop(finding);
  }

  /** A type error: `json-type` for QEMU's JSON-type wording, else `member-type`. */
  private typeError(message: string, span: Span): never {
    const json = this.mode === 'json' && message.startsWith('Invalid parameter type');
    this.stop(json ? 'json-type' : 'member-type', message, span);
  }

  private member(path: string, name: string): string {
    return path === '' ? name : `${path}.${name}`;
  }

  /** `visit_type_T(v, name, …)` on a value already found (and consumed). */
  visit(type: string, list: boolean, value: VisitValue, path: string, bare: string | null,
    anchor: Span): void {
    if (list) return this.visitList(type, value, path);
    if (BUILTIN_TYPES.has(type)) return this.visitScalar(type, value, path, bare);
    const def = this.schema.type(type);
    if (def === undefined) return; // LIMITATION(#4): a type we have no facts for is not read.
    switch (def.kind) {
      case 'enum': return this.visitEnum(def, value, path, bare);
      case 'alternate': return this.visitAlternate(type, def, value, path, bare, anchor);
      default: return this.visitStruct(def, value, path);
    }
  }

  private visitScalar(type: string, value: VisitValue, path: string, bare: string | null) {
    let message: string | undefined;
    if (this.mode === 'keyval') {
      if (value.kind === 'object' || value.kind === 'array') {
        if (type === 'any') return;
        this.stop('member-unexpected', `Parameters '${path}.*' are unexpected`, value.span);
      }
      message = keyvalScalarMessage(type, path, bare, value.text ?? '', this.schema.release);
    } else {
      message = jsonScalarMessage(type, path, bare, value as ScalarValue);
    }
    if (message !== undefined) this.typeError(message, value.span);
  }

  private visitEnum(def: QapiTypeVersion, value: VisitValue, path: string,
    bare: string | null) {
    this.visitScalar('str', value, path, bare);
    const text = value.text ?? '';
    const known = (def.values ?? []).find((v) => v.name === text);
    if (known && this.schema.holds(known.if) !== false) return;
    const values = (def.values ?? []).filter((v) => this.schema.holds(v.if) !== false);
    const near = closestName(text, values.map((v) => v.name));
    this.stop('member-type', `Parameter '${bare ?? 'null'}' does not accept value '${text}'`,
      value.span, near ? `did you mean '${near}'?` : undefined);
  }

  private visitList(type: string, value: VisitValue, path: string) {
    if (value.kind !== 'array') {
      this.typeError(`Invalid parameter type for '${path}', expected: array`, value.span);
    }
    (value.elements ?? []).forEach((element, i) => {
      const at = this.mode === 'keyval' ? `${path}.${i}` : `${path}[${i}]`;
      this.visit(type, false, element, at, null, value.span);
    });
  }

  private visitAlternate(name: string, def: QapiTypeVersion, value: VisitValue, path: string,
    bare: string | null, anchor: Span) {
    const qtype = value.kind === 'integer' ? 'number' : value.kind;
    const branch = (def.variants ?? []).find((v) => this.schema.holds(v.if) !== false &&
      this.qtypeOf(v.type, v.list ?? false) === qtype);
    if (branch === undefined) {
      const known = (def.variants ?? []).some((v) => this.schema.holds(v.if) === 'unknown');
      if (known) return;
      this.typeError(`Invalid parameter type for '${bare ?? 'null'}', expected: ${name}`,
        value.span);
    }
    this.visit(branch.type, branch.list ?? false, value, path, bare, anchor);
  }

  /** The value kind a branch type takes (`alternate_qtype`; `number` for any QNum). */
  private qtypeOf(type: string, list: boolean): VisitValue['kind'] | undefined {
    if (list) return 'array';
    if (type === 'str') return 'string';
    if (type === 'bool') return 'boolean';
    if (type === 'null') return 'null';
    if (type === 'any') return undefined;
    if (BUILTIN_TYPES.has(type)) return 'number';
    const def = this.schema.type(type);
    return def?.kind === 'enum' ? 'string' : def ? 'object' : undefined;
  }

  private visitStruct(def: QapiTypeVersion, value: VisitValue, path: string) {
    const shown = path === '' ? '<anonymous>' : path;
    if (value.kind !== 'object') {
      this.typeError(`Invalid parameter type for '${shown}', expected: object`, value.span);
    }
    const frame: Frame = { object: value, read: [], path, known: [] };
    this.visitMembers(def, frame);
    const keys = [...value.members!.keys()];
    const left = firstLeftover(keys, frame.read);
    if (left === undefined) return;
    const node = value.members!.get(left)!;
    const near = closestName(left, frame.known.filter((k) => !value.members!.has(k)));
    this.stop('member-unexpected', `Parameter '${this.member(path, left)}' is unexpected`,
      node.keySpan ?? node.span, near ? `did you mean '${near}'?` : undefined);
  }

  /** `visit_type_T_members`: base, own members, then the variant the discriminator picks. */
  private visitMembers(def: QapiTypeVersion, frame: Frame) {
    const base = def.base === undefined ? undefined : this.schema.type(def.base);
    if (base) this.visitMembers(base, frame);
    for (const m of def.members ?? []) {
      const holds = this.schema.holds(m.if);
      if (holds === false) continue;
      frame.known.push(m.name);
      const value = frame.object.members!.get(m.name);
      if (value === undefined) {
        if (m.optional || holds === 'unknown') continue;
        const where = frame.object.keySpan ?? frame.object.span;
        this.stop('member-missing', `Parameter '${this.member(frame.path, m.name)}' is missing`,
          where);
      }
      frame.read.push(m.name);
      this.visit(m.type, m.list ?? false, value, this.member(frame.path, m.name), m.name,
        frame.object.span);
    }
    if (def.kind !== 'union' || def.discriminator === undefined) return;
    const tag = frame.object.members!.get(def.discriminator)?.text;
    const variant = (def.variants ?? []).find((v) => v.name === tag);
    if (variant === undefined || this.schema.holds(variant.if) === false) return;
    const members = this.schema.type(variant.type);
    if (members) this.visitMembers(members, frame);
  }
}
