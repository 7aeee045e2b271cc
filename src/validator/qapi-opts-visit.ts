import type { Span } from '../diagnostics/diagnostic.js';
import type { QapiTypeVersion } from '../catalog/qapi-types.js';
import type { OptsEntry, ParsedOpts } from '../model/qemu-opts-result.js';
import { parseSize } from '../model/values/parse-size.js';
import { closestName } from './did-you-mean.js';
import { firstLeftover } from './qdict-order.js';
import { BUILTIN_TYPES } from './qapi-scalar-read.js';
import type { QapiSchemaView, VisitFinding } from './qapi-visit.js';

/**
 * Reads a parsed QemuOpts argument against a QAPI type the way QEMU's options visitor does
 * (`qapi/opts-visitor.c`, used for non-JSON `-object`): one flat namespace for the type and
 * every nested struct, the last occurrence of a key wins, a list is the repeated key (whole
 * numbers also as `a-b` ranges), numbers read by `strtoll`/`parse_uint`, and the first key
 * left unread (in GLib hash-table order) is `Invalid parameter 'x'`.
 *
 * Where this module cannot judge a member (a number type, an alternate, a list of structs,
 * `any`) it stops and reports nothing, as QEMU would stop or go on in ways not modelled.
 *
 * @module
 */

/** Thrown inside the walk: an error, or `undefined` to stop without one. */
class Stop {
  constructor(readonly finding: VisitFinding | undefined) {}
}

const NARROW: Record<string, [bigint, bigint, string]> = {
  int8: [-128n, 127n, 'int8_t'], int16: [-32768n, 32767n, 'int16_t'],
  int32: [-(2n ** 31n), 2n ** 31n - 1n, 'int32_t'], uint8: [0n, 255n, 'uint8_t'],
  uint16: [0n, 65535n, 'uint16_t'], uint32: [0n, 2n ** 32n - 1n, 'uint32_t'],
};
const INTS = new Set(['int', 'int8', 'int16', 'int32', 'int64']);
const UINTS = new Set(['uint8', 'uint16', 'uint32', 'uint64']);
const BOOLS = new Set(['on', 'yes', 'true', 'y', 'off', 'no', 'false', 'n']);

/** C `strtoll(text, &end, 0)` over the whole text, in range; undefined otherwise. */
function wholeInt64(text: string): bigint | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (m === null) return undefined;
  const digits = m[2];
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits)
    : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  const value = m[1] === '-' ? -magnitude : magnitude;
  return value >= -(2n ** 63n) && value < 2n ** 63n ? value : undefined;
}

/** QEMU `parse_uint(text, …, 0)` over the whole text (no sign but `+`); undefined otherwise. */
function wholeUint64(text: string): bigint | undefined {
  const m = /^[ \t\n\v\f\r]*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (m === null) return undefined;
  const digits = m[1];
  const value = /^0[xX]/.test(digits) ? BigInt(digits)
    : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  return value < 2n ** 64n ? value : undefined;
}

/** A number or an `a-b` range of a list element; undefined when it does not read. */
function listNumber(text: string, signed: boolean): bigint[] | undefined {
  const read = signed ? wholeInt64 : wholeUint64;
  const one = read(text);
  if (one !== undefined) return [one];
  const dash = text.indexOf('-', signed && /^\s*-/.test(text) ? text.indexOf('-') + 1 : 0);
  if (dash <= 0) return undefined;
  const [a, b] = [read(text.slice(0, dash)), read(text.slice(dash + 1))];
  return a !== undefined && b !== undefined && a <= b && b - a < 65536n ? [a, b] : undefined;
}

/** Reads `parsed` (with its ID) as `type`; at most one finding. */
export function visitQapiOpts(schema: QapiSchemaView, type: string, parsed: ParsedOpts,
  whole: Span): VisitFinding | undefined {
  const walk = new OptsWalk(schema, parsed, whole);
  try {
    const def = schema.type(type);
    if (def === undefined) return undefined;
    walk.members(def);
    return walk.leftover();
  } catch (e) {
    if (e instanceof Stop) return e.finding;
    throw e;
  }
}

class OptsWalk {
  /** Every occurrence of each key, in written order; `id` last. */
  private readonly byKey = new Map<string, OptsEntry[]>();
  private readonly read: string[] = [];
  private readonly known: string[] = [];

  constructor(private readonly schema: QapiSchemaView, parsed: ParsedOpts,
    private readonly whole: Span) {
    for (const entry of parsed.entries) {
      const list = this.byKey.get(entry.key) ?? [];
      list.push(entry);
      this.byKey.set(entry.key, list);
    }
    if (parsed.id) {
      this.byKey.set('id', [{ key: 'id', value: parsed.id.value, form: 'pair',
        valueSpan: parsed.id.span, itemSpan: parsed.id.span }]);
    }
  }

  private fail(code: string, message: string, span: Span, hint?: string): never {
    const finding: VisitFinding = { code, message, span };
    if (hint) finding.hint = hint;
    throw new Stop(finding);
  }

  private unjudged(): never {
    throw new Stop(undefined);
  }

  /** `visit_type_T_members` over the flat namespace. */
  members(def: QapiTypeVersion): void {
    const base = def.base === undefined ? undefined : this.schema.type(def.base);
    if (base) this.members(base);
    for (const m of def.members ?? []) {
      const holds = this.schema.holds(m.if);
      if (holds === false) continue;
      this.known.push(m.name);
      const occurrences = this.byKey.get(m.name);
      if (occurrences === undefined) {
        if (m.optional || holds === 'unknown') continue;
        this.fail('member-missing', `Parameter '${m.name}' is missing`, this.whole);
      }
      this.member(m.name, m.type, m.list ?? false, occurrences);
    }
    if (def.kind !== 'union' || def.discriminator === undefined) return;
    const tag = this.byKey.get(def.discriminator)?.at(-1)?.value;
    const variant = (def.variants ?? []).find((v) => v.name === tag);
    if (variant === undefined || this.schema.holds(variant.if) === false) return;
    const members = this.schema.type(variant.type);
    if (members) this.members(members);
  }

  private member(name: string, type: string, list: boolean, occurrences: OptsEntry[]): void {
    if (list) return this.list(name, type, occurrences);
    const entry = occurrences[occurrences.length - 1];
    const span = entry.valueSpan ?? entry.itemSpan;
    if (BUILTIN_TYPES.has(type)) {
      const message = this.scalarMessage(name, type, entry.value);
      if (message !== undefined) this.fail('member-type', message, span);
      this.read.push(name);
      return;
    }
    const def = this.schema.type(type);
    if (def === undefined || def.kind === 'alternate') this.unjudged();
    if (def.kind === 'enum') {
      this.read.push(name);
      const value = (def.values ?? []).find((v) => v.name === entry.value);
      if (value && this.schema.holds(value.if) !== false) return;
      const names = (def.values ?? []).filter((v) => this.schema.holds(v.if) !== false);
      const near = closestName(entry.value, names.map((v) => v.name));
      this.fail('member-type', `Parameter '${name}' does not accept value '${entry.value}'`,
        span, near ? `did you mean '${near}'?` : undefined);
    }
    // A nested struct: its members share the namespace; its own key is never read.
    this.members(def);
  }

  /** QEMU's message for `value` of key `name` read as built-in `type`, if it fails. */
  private scalarMessage(name: string, type: string, value: string): string | undefined {
    const expects = (what: string) => `Parameter '${name}' expects ${what}`;
    if (type === 'str') return undefined;
    if (type === 'bool') return BOOLS.has(value) ? undefined : expects("'on' or 'off'");
    if (type === 'size') return parseSize(name, value).ok ? undefined : expects('a size value');
    if (INTS.has(type) || UINTS.has(type)) {
      const signed = INTS.has(type);
      const n = signed ? wholeInt64(value) : wholeUint64(value);
      if (n === undefined) return expects(signed ? 'an int64 value' : 'a uint64 value');
      const range = NARROW[type];
      return range && (n < range[0] || n > range[1]) ? expects(range[2]) : undefined;
    }
    return this.unjudged();
  }

  /**
   * A list: every occurrence of the key, whole numbers also as ranges. A list of structs
   * with one string member (`String`: `dnssearch`, `hostfwd`) takes each occurrence as is.
   */
  private list(name: string, type: string, occurrences: OptsEntry[]): void {
    const signed = INTS.has(type);
    const def = this.schema.type(type);
    const strings = def?.kind === 'struct' && def.base === undefined &&
      def.members?.length === 1 && def.members[0].type === 'str' && !def.members[0].list;
    if (strings) {
      this.read.push(name);
      return;
    }
    if (!signed && !UINTS.has(type)) this.unjudged();
    for (const entry of occurrences) {
      const numbers = listNumber(entry.value, signed);
      const span = entry.valueSpan ?? entry.itemSpan;
      if (numbers === undefined) {
        const what = signed ? 'an int64 value or range' : 'a uint64 value or range';
        this.fail('member-type', `Parameter '${name}' expects ${what}`, span);
      }
      const range = NARROW[type];
      if (range && numbers.some((n) => n < range[0] || n > range[1])) {
        this.fail('member-type', `Parameter 'null' expects ${range[2]}`, span);
      }
    }
    this.read.push(name);
  }

  /** `Invalid parameter 'x'`: the first key nobody read, in GLib's order. */
  leftover(): VisitFinding | undefined {
    const left = firstLeftover([...this.byKey.keys()], this.read, false);
    if (left === undefined) return undefined;
    const first = this.byKey.get(left)![0];
    const near = closestName(left, this.known.filter((k) => !this.byKey.has(k)));
    const finding: VisitFinding = { code: 'invalid-parameter',
      message: `Invalid parameter '${left}'`, span: first.keySpan ?? first.itemSpan };
    if (near) finding.hint = `did you mean '${near}'?`;
    return finding;
  }
}
