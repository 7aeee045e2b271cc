/**
 * The facts of QAPI definitions the linter checks arguments against: the types reachable
 * from the option roots, each normalised into `QapiTypeVersion` form (members with
 * optionality, lists, conditions and the `deprecated` feature; enum values; union
 * discriminators and variants; alternate branches). Doc text is never read.
 *
 * @module
 */
import type { QapiValue } from '../../grammar/qapi-schema/parser.js';
import type {
  QapiEnumValue, QapiMember, QapiTypeVersion, QapiVariant,
} from '../../src/catalog/qapi-types.js';
import type { QapiDefinition } from './qapi-definitions.js';

/** A definition without its `releases` (added when releases are merged). */
export type QapiTypeFacts = Omit<QapiTypeVersion, 'releases'>;

type Obj = { [key: string]: QapiValue };
const isObj = (v: QapiValue | undefined): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** QAPI's `'if'` (a macro, or `all`/`any`/`not` of them) as one of our conditions. */
export function conditionOf(value: QapiValue | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  const wrap = (v: QapiValue) => {
    const text = conditionOf(v, where)!;
    return /^[A-Za-z_0-9]+$|^!/.test(text) ? text : `(${text})`;
  };
  if (typeof value === 'string') return value;
  if (isObj(value) && Array.isArray(value.all)) return value.all.map(wrap).join(' && ');
  if (isObj(value) && Array.isArray(value.any)) return value.any.map(wrap).join(' || ');
  if (isObj(value) && value.not !== undefined) return `!${wrap(value.not)}`;
  throw new Error(`${where}: unreadable 'if'`);
}

/** Whether a `features` list names `deprecated`. */
function isDeprecated(features: QapiValue | undefined): boolean {
  if (!Array.isArray(features)) return false;
  return features.some((f) => f === 'deprecated' || (isObj(f) && f.name === 'deprecated'));
}

/** A type reference: `'T'` or `['T']`. */
function typeRef(value: QapiValue, where: string): { type: string; list?: boolean } {
  if (typeof value === 'string') return { type: value };
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
    return { type: value[0], list: true };
  }
  throw new Error(`${where}: unreadable type`);
}

/** A member or branch written `'T'`, `['T']` or `{ 'type': …, 'if': …, 'features': … }`. */
function entryOf(name: string, value: QapiValue, where: string) {
  const long = isObj(value) ? value : undefined;
  const ref = typeRef(long ? long.type : value, `${where} '${name}'`);
  return { name, ...ref, if: conditionOf(long?.if, where), deprecated:
    isDeprecated(long?.features) };
}

/** Struct members from a `data` object. */
function membersOf(data: QapiValue | undefined, where: string): QapiMember[] {
  if (data === undefined) return [];
  if (!isObj(data)) throw new Error(`${where}: 'data' must be an object`);
  return Object.entries(data).map(([key, value]) => {
    const e = entryOf(key.replace(/^\*/, ''), value, where);
    return clean({ name: e.name, type: e.type, list: e.list || undefined,
      optional: key.startsWith('*') || undefined, if: e.if,
      deprecated: e.deprecated || undefined });
  });
}

/** Union variants or alternate branches from a `data` object. */
function variantsOf(data: QapiValue | undefined, where: string): QapiVariant[] {
  if (!isObj(data)) throw new Error(`${where}: 'data' must be an object`);
  return Object.entries(data).map(([key, value]) => {
    const e = entryOf(key, value, where);
    return clean({ name: e.name, type: e.type, list: e.list || undefined, if: e.if });
  });
}

/** Enum values from a `data` list. */
function valuesOf(data: QapiValue | undefined, where: string): QapiEnumValue[] {
  if (!Array.isArray(data)) throw new Error(`${where}: enum 'data' must be a list`);
  return data.map((v) => {
    if (typeof v === 'string') return { name: v };
    if (!isObj(v) || typeof v.name !== 'string') throw new Error(`${where}: bad enum value`);
    return clean({ name: v.name, if: conditionOf(v.if, where),
      deprecated: isDeprecated(v.features) || undefined });
  });
}

/** The object without its undefined properties (so the JSON has no `undefined`). */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** One definition's facts. */
export function factsOf(def: QapiDefinition): QapiTypeFacts {
  const { expr, where } = def;
  const common = { if: conditionOf(expr.if, where) };
  switch (def.meta) {
    case 'enum':
      return clean({ kind: 'enum', ...common, values: valuesOf(expr.data, where) });
    case 'alternate':
      return clean({ kind: 'alternate', ...common, variants: variantsOf(expr.data, where) });
    case 'struct':
      return clean({ kind: 'struct', ...common,
        base: typeof expr.base === 'string' ? expr.base : undefined,
        members: membersOf(expr.data, where) });
    case 'union': {
      if (typeof expr.discriminator !== 'string') throw new Error(`${where}: no discriminator`);
      const named = typeof expr.base === 'string';
      return clean({ kind: 'union', ...common, base: named ? expr.base as string : undefined,
        members: named ? undefined : membersOf(expr.base, where),
        discriminator: expr.discriminator, variants: variantsOf(expr.data, where) });
    }
    default:
      throw new Error(`${where}: '${def.meta}' is not a type`);
  }
}

/** The names of the types `facts` refers to. */
function referencedTypes(facts: QapiTypeFacts): string[] {
  return [facts.base, ...(facts.members ?? []).map((m) => m.type),
    ...(facts.variants ?? []).map((v) => v.type)].filter((t): t is string => t !== undefined);
}

/** The facts of every type reachable from `roots`, by name, in name order. */
export function reachableFacts(defs: Map<string, QapiDefinition>, roots: string[]):
    Map<string, QapiTypeFacts> {
  const out = new Map<string, QapiTypeFacts>();
  const queue = roots.filter((r) => defs.has(r));
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (out.has(name)) continue;
    const def = defs.get(name);
    if (def === undefined) continue; // a built-in type
    const facts = factsOf(def);
    out.set(name, facts);
    queue.push(...referencedTypes(facts).filter((t) => !out.has(t)));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
