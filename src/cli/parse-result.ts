import type { OptionEntry, ParamList, ParamType } from '../catalog/types.js';
import type { Position, Severity, Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { lintOption } from '../lint/lint-text.js';
import type { KeyvalNode } from '../model/keyval-tree.js';
import { treeText, type TreeTextPart } from '../util/tree-text.js';
import { parseJsonArg, type JsonNode } from '../model/parse-json-arg.js';
import { parseKeyval } from '../model/parse-keyval.js';
import { parseQemuOpts } from '../model/parse-qemu-opts.js';
import type { EntryForm } from '../model/qemu-opts-result.js';
import { SourceText } from '../model/source-text.js';
import { parseBool } from '../model/values/parse-bool.js';
import { parseNumber } from '../model/values/parse-number.js';
import { parseSize } from '../model/values/parse-size.js';
import type { ValueResult } from '../model/values/value-result.js';
import { keyvalOptionsFor } from '../validator/check-keyval.js';
import { presentParams } from '../validator/check-qemu-opts.js';
import { isPresent, presenceOf } from '../validator/availability.js';
import type { LintContext } from '../validator/lint-context.js';
import { appendAll } from '../util/append-all.js';

/**
 * What `qemu-opts parse OPTION STRING` reports: how QEMU reads STRING as the argument of
 * -OPTION (syntax, entries with ranges and typed values, id, help) and what the linter
 * says about it. The JSON form is `schemas/parse-result.schema.json`.
 *
 * @module
 */

/** The syntax STRING is read with. */
export type ParseSyntax = 'qemu-opts' | 'keyval' | 'json' | 'plain' | 'none';

/** A range in STRING: 1-based line and column, 0-based offset; `end` is exclusive. */
export interface ParseRange {
  /** First character. */
  start: Position;
  /** Just past the last character. */
  end: Position;
}

/** A value as QEMU converts it; numbers and sizes as decimal strings (they reach 2^64). */
export interface TypedValue {
  /** The parameter type the value was read as. */
  type: ParamType;
  /** `true`/`false` for bool, the decimal integer for number and size, else the string. */
  value: boolean | string;
}

/** One entry: a QemuOpts item, a keyval leaf or a JSON scalar. */
export interface ParseEntry {
  /** The key; for keyval the dotted path, for JSON the path (`a.b`, `list[0]`). */
  key: string;
  /** The value after `,,` unescaping (JSON: the string, or the literal as written). */
  value: string;
  /** How the entry was written: `pair`, `implied`, `flag`, or `json`. */
  form: EntryForm | 'json';
  /** For a flag: whether it was written with the `no` prefix. */
  negated?: boolean;
  /** The whole item in STRING (for JSON: the value). */
  range: ParseRange;
  /** The key as typed, when it was typed. */
  keyRange?: ParseRange;
  /** The value as typed, escapes included, when it was typed. */
  valueRange?: ParseRange;
  /** The JSON type of a JSON value: string, integer, number, boolean or null. */
  jsonType?: string;
  /** The value converted by its parameter's type, when the list types the key. */
  typed?: TypedValue;
}

/** A finding, located in STRING (or on the option name). */
export interface ParseDiagnostic {
  /** How bad the finding is. */
  severity: Severity;
  /** The stable diagnostic code. */
  code: string;
  /** The message, in QEMU's words where QEMU has them. */
  message: string;
  /** Advice, when there is some. */
  hint?: string;
  /** `argument` when the range is in STRING, `option` when it is about the option name. */
  on: 'argument' | 'option';
  /** Where in STRING, for findings on the argument. */
  range?: ParseRange;
}

/** The whole report. */
export interface ParseResult {
  /** The option name, without dash. */
  option: string;
  /** STRING as given. */
  argument: string;
  /** The build the string is read for. */
  build: { qemuVersion: string; host: string; target: string };
  /** The syntax used; `none` for an unknown option or one without an argument. */
  syntax: ParseSyntax;
  /** The name of the parameter list, when the option has one. */
  list?: string;
  /** The key a first item without `=` gets, when the list has one. */
  impliedKey?: string;
  /** Whether the list accepts any key (the object or device decides later). */
  acceptsAny?: boolean;
  /** The entries, in order (keyval: leaves in tree order after last-wins). */
  entries: ParseEntry[];
  /** The ID (QemuOpts `id=`), when given. */
  id?: { value: string; range: ParseRange };
  /** Where a help request was, when there is one. */
  help?: ParseRange;
  /** For keyval and JSON: the value QEMU's visitor gets, as JSON text (integers exact). */
  tree?: string;
  /** The findings, in order. */
  diagnostics: ParseDiagnostic[];
  /** Whether any finding is an error. */
  hasError: boolean;
}

/** Reads `argument` as the argument of `-name` for the build of `ctx`. */
export function parseOptionArgument(
  name: string,
  argument: string,
  ctx: LintContext,
  target: string,
): ParseResult {
  const source = new SourceText(argument);
  const range = (s: Span): ParseRange => ({
    start: source.positionAt(s.start),
    end: source.positionAt(s.end),
  });
  const result: ParseResult = {
    option: name,
    argument,
    build: { qemuVersion: ctx.version, host: ctx.host, target },
    syntax: 'none',
    entries: [],
    diagnostics: [],
    hasError: false,
  };
  const option = ctx.option(name);
  const extra: SpanDiagnostic[] = [];
  if (option?.hasArg && optionPresent(option, ctx)) {
    const list = ctx.list(option);
    if (list) {
      result.list = list.name;
      if (list.impliedKey !== undefined) result.impliedKey = list.impliedKey;
      result.acceptsAny = list.acceptsAny;
    }
    result.syntax = syntaxOf(option, argument);
    if (result.syntax === 'qemu-opts' && list) readQemuOpts(argument, list, ctx, result, range);
    if (result.syntax === 'keyval') {
      appendAll(extra, readKeyval(argument, option, list, ctx, result, range));
    }
    if (result.syntax === 'json') appendAll(extra, readJson(argument, result, range));
  }
  const findings = lintFindings(name, argument, ctx, target, extra, range);
  // QEMU stops at an option it does not have; nothing about the argument follows.
  const known = optionPresent(option, ctx);
  result.diagnostics = known ? findings : findings.filter((d) => d.on === 'option');
  result.hasError = result.diagnostics.some((d) => d.severity === 'error');
  return result;
}

/** The syntax of `argument` for `option` (JSON when it starts with `{` and may be JSON). */
function syntaxOf(option: OptionEntry, argument: string): ParseSyntax {
  const syntax = option.syntax ?? 'plain';
  if (syntax.startsWith('json-or-') && argument.startsWith('{')) return 'json';
  if (syntax === 'keyval' || syntax === 'json-or-keyval') return 'keyval';
  if (syntax === 'qemu-opts' || syntax === 'json-or-qemu-opts') return 'qemu-opts';
  return 'plain';
}

/** The parameter types of the release: the first present descriptor of each name wins. */
function typesOf(list: ParamList, ctx: LintContext): Record<string, ParamType> {
  const types: Record<string, ParamType> = {};
  for (const p of presentParams(list, ctx)) {
    if (!Object.hasOwn(types, p.name)) {
      Object.defineProperty(types, p.name, { value: p.type, enumerable: true });
    }
  }
  return types;
}

/**
 * Fills the entries, id and help of a QemuOpts argument. Keys the list describes get typed
 * values even when the list accepts any key (`-drive`: QEMU checks them right after parsing).
 */
function readQemuOpts(
  argument: string,
  list: ParamList,
  ctx: LintContext,
  result: ParseResult,
  range: (s: Span) => ParseRange,
): void {
  const parsed = parseQemuOpts(argument, {
    impliedKey: list.impliedKey,
    commandLine: true,
    helpStops: !list.acceptsAny,
    mergeLists: list.merge,
  });
  const types = typesOf(list, ctx);
  for (const entry of parsed.entries) {
    const out: ParseEntry = {
      key: entry.key,
      value: entry.value,
      form: entry.form,
      range: range(entry.itemSpan),
    };
    if (entry.negated !== undefined) out.negated = entry.negated;
    if (entry.keySpan) out.keyRange = range(entry.keySpan);
    if (entry.valueSpan) out.valueRange = range(entry.valueSpan);
    const type = Object.hasOwn(types, entry.key) ? types[entry.key] : undefined;
    const typed = type && convertValue(type, entry.key, entry.value, ctx.version);
    if (typed) out.typed = typed;
    result.entries.push(out);
  }
  if (parsed.id) result.id = { value: parsed.id.value, range: range(parsed.id.span) };
  if (parsed.help) result.help = range(parsed.help);
}

/** A QemuOpts value converted by its type (spec section 2); undefined when it does not. */
function convertValue(
  type: ParamType,
  key: string,
  value: string,
  qemuVersion: string,
): TypedValue | undefined {
  let converted: ValueResult<boolean | bigint | string>;
  if (type === 'bool') converted = parseBool(key, value, qemuVersion);
  else if (type === 'size') converted = parseSize(key, value, { qemuVersion });
  else if (type === 'number') converted = parseNumber(key, value);
  else converted = { ok: true, value };
  return converted.ok ? typedValue(type, converted.value) : undefined;
}

/** A converted value in its report form. */
function typedValue(type: ParamType, value: string | boolean | bigint): TypedValue {
  return { type, value: typeof value === 'bigint' ? value.toString() : value };
}

/** Fills the entries, help and tree of a keyval argument; returns the syntax error. */
function readKeyval(
  argument: string,
  option: OptionEntry,
  list: ParamList | undefined,
  ctx: LintContext,
  result: ParseResult,
  range: (s: Span) => ParseRange,
): SpanDiagnostic[] {
  const reading = keyvalOptionsFor(argument, option, ctx);
  if (reading.impliedKey !== undefined) result.impliedKey = reading.impliedKey;
  const parsed = parseKeyval(argument, reading);
  const types = list && !list.acceptsAny ? typesOf(list, ctx) : {};
  // Leaves in tree order, with an explicit stack: a dotted key nests as deep as it has dots.
  const stack: [KeyvalNode, string][] = [[parsed.root, '']];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, path] = item;
    if (node.kind === 'object') {
      const members = [...node.members];
      for (let i = members.length - 1; i >= 0; i--) {
        const [n, m] = members[i];
        stack.push([m, path === '' ? n : `${path}.${n}`]);
      }
    } else if (node.kind === 'array') {
      for (let i = node.elements.length - 1; i >= 0; i--) {
        stack.push([node.elements[i], `${path}.${i}`]);
      }
    } else {
      const whole = { start: node.keySpan?.start ?? node.valueSpan.start, end: node.valueSpan.end };
      const out: ParseEntry = {
        key: path,
        value: node.value,
        form: node.keySpan ? 'pair' : 'implied',
        range: range(whole),
        valueRange: range(node.valueSpan),
      };
      if (node.keySpan) out.keyRange = range(node.keySpan);
      const type = Object.hasOwn(types, path) ? types[path] : undefined;
      const typed = type && keyvalTyped(type, path, node.value, ctx.version);
      if (typed) out.typed = typed;
      result.entries.push(out);
    }
  }
  if (parsed.help.length > 0 && reading.helpSupported !== false) {
    result.help = range(parsed.help[0]);
  }
  if (parsed.diagnostics.length === 0) result.tree = keyvalText(parsed.root);
  return parsed.diagnostics;
}

/**
 * A keyval leaf converted as QEMU's keyval visitor does (spec 2.5): bool and size as in
 * QemuOpts. LIMITATION(#4): the catalog types integer members only as `number`, not as
 * QAPI's signed or unsigned widths, so a negative or above-2^63 integer gets no typed value.
 */
function keyvalTyped(
  type: ParamType,
  key: string,
  value: string,
  qemuVersion: string,
): TypedValue | undefined {
  if (type === 'number' && value.trimStart().startsWith('-')) return undefined;
  const typed = convertValue(type, key, value, qemuVersion);
  if (type === 'number' && typed && BigInt(typed.value as string) >= 2n ** 63n) return undefined;
  return typed;
}

/** Fills the entries and tree of a JSON argument; returns the syntax error. */
function readJson(
  argument: string,
  result: ParseResult,
  range: (s: Span) => ParseRange,
): SpanDiagnostic[] {
  const parsed = parseJsonArg(argument);
  if (parsed.value === undefined) return parsed.diagnostics;
  // Leaves in order, with an explicit stack (JSON nests up to 1024 levels).
  const stack: [JsonNode, string][] = [[parsed.value, '']];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, path] = item;
    if (node.kind === 'object') {
      const members = [...node.members];
      for (let i = members.length - 1; i >= 0; i--) {
        const [n, m] = members[i];
        stack.push([m.value, path === '' ? n : `${path}.${n}`]);
      }
      continue;
    }
    if (node.kind === 'array') {
      for (let i = node.elements.length - 1; i >= 0; i--) {
        stack.push([node.elements[i], `${path}[${i}]`]);
      }
      continue;
    }
    const span = { start: node.span.start, end: node.span.end };
    result.entries.push({
      key: path,
      value: node.kind === 'string' ? node.value : argument.slice(span.start, span.end),
      form: 'json',
      range: range(span),
      valueRange: range(span),
      jsonType: node.kind,
    });
  }
  result.tree = jsonText(parsed.value);
  return parsed.diagnostics;
}

/** A JSON node as compact JSON text, integers exact. */
function jsonText(root: JsonNode): string {
  return treeText(root, (node): TreeTextPart<JsonNode> => {
    switch (node.kind) {
      case 'object':
        return { open: '{', children: [...node.members].map(([n, m]) => [n, m.value]) };
      case 'array':
        return { open: '[', children: node.elements.map((e) => [undefined, e]) };
      case 'string':
        return JSON.stringify(node.value);
      case 'integer':
        return node.value.toString();
      case 'number':
        return JSON.stringify(node.value);
      case 'boolean':
        return String(node.value);
      default:
        return 'null';
    }
  });
}

/** A keyval tree as compact JSON text (`JSON.stringify(keyvalToJson(root))`). */
function keyvalText(root: KeyvalNode): string {
  return treeText(root, (node): TreeTextPart<KeyvalNode> => {
    if (node.kind === 'string') return JSON.stringify(node.value);
    if (node.kind === 'array') {
      return { open: '[', children: node.elements.map((e) => [undefined, e]) };
    }
    return { open: '{', children: [...node.members] };
  });
}

/**
 * The linter's findings on `-name argument` moved into STRING offsets, plus the parser's
 * `extra` findings that the linter does not report itself.
 */
function lintFindings(
  name: string,
  argument: string,
  ctx: LintContext,
  target: string,
  extra: SpanDiagnostic[],
  range: (s: Span) => ParseRange,
): ParseDiagnostic[] {
  const settings = { host: ctx.host, qemuVersion: ctx.version, target };
  const linted = lintOption(name, argument, { ...settings, catalog: ctx.catalog });
  const prefix = name.length + 2;
  const out: ParseDiagnostic[] = [];
  const seen = new Set<string>();
  for (const d of linted.diagnostics) {
    const found: ParseDiagnostic = {
      severity: d.severity,
      code: d.code,
      message: d.message,
      on: d.start.offset >= prefix ? 'argument' : 'option',
    };
    if (d.hint !== undefined) found.hint = d.hint;
    if (found.on === 'argument') {
      const span = { start: d.start.offset - prefix, end: d.end.offset - prefix };
      found.range = range(span);
      seen.add(`${d.code} ${d.message} ${span.start}`);
    }
    out.push(found);
  }
  for (const d of extra) {
    if (seen.has(`${d.code} ${d.message} ${d.span.start}`)) continue;
    const found: ParseDiagnostic = {
      severity: d.severity,
      code: d.code,
      message: d.message,
      on: 'argument',
      range: range(d.span),
    };
    if (d.hint !== undefined) found.hint = d.hint;
    out.push(found);
  }
  return out;
}

/** Whether `option` exists in the build of `ctx` (release and host). */
export function optionPresent(option: OptionEntry | undefined, ctx: LintContext): boolean {
  return (
    option !== undefined &&
    isPresent(presenceOf(ctx, option.versions, option.condition, option.conditionHistory))
  );
}
