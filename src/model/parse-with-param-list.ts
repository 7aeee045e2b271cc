import type { ParamType } from '../catalog/types.js';
import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { parseQemuOpts } from './parse-qemu-opts.js';
import type { OptsEntry, ParsedOpts } from './qemu-opts-result.js';
import { parseBool } from './values/parse-bool.js';
import { parseNumber } from './values/parse-number.js';
import { parseSize } from './values/parse-size.js';
import type { ValueResult } from './values/value-result.js';
import { QemuOptsUsageError, requireString } from '../api/usage-error.js';

/**
 * Reading a QemuOpts string against an ad-hoc parameter list (issue 4 item 4): what QEMU
 * would do with a `QemuOptsList` of these descriptors, for people designing a new option.
 *
 * @module
 */


/** An ad-hoc parameter list. */
export interface ParamListOptions {
  /** The descriptors: parameter name → type. Empty (or `acceptsAny`) accepts any key. */
  params: Record<string, ParamType>;
  /** The implied key for a first item without `=`, when the caller permits it. */
  impliedKey?: string;
  /** The list accepts any key (an empty descriptor array in QEMU). */
  acceptsAny?: boolean;
  /** The list merges all uses into one set (`id` is then invalid). */
  mergeLists?: boolean;
  /** Command-line parse (warnings, help requests); default true. */
  commandLine?: boolean;
  /** The QEMU release whose value rules apply (sizes before 8.1 differ). */
  qemuVersion?: string;
}

/** A typed value of the JavaScript type that matches its parameter type. */
export type ParamValue = string | boolean | bigint;

/** One entry with its typed value. */
export interface TypedEntry {
  /** The entry as parsed. */
  entry: OptsEntry;
  /** The parameter type it was read as (`string` for keys of an accepts-any list). */
  type: ParamType;
  /** The typed value. */
  value: ParamValue;
}

/** The result: the parse, every entry that converted, and the last value per key. */
export interface ParamListResult extends ParsedOpts {
  /** Entries that converted, in input order. */
  typed: TypedEntry[];
  /** The value QEMU's getters return for each key: the last occurrence (spec 1.9). */
  values: Map<string, ParamValue>;
}

/**
 * Parses `text` against `options.params`: unknown keys give `Invalid parameter 'x'`, values
 * are converted with QEMU's rules and messages. Unlike QEMU, which stops at the first
 * error, every problem is reported.
 *
 * @since 0.1.0
 * @throws {QemuOptsUsageError} when called with a value that is not a string.
 */
export function parseWithParamList(text: string, options: ParamListOptions): ParamListResult {
  requireString('parseWithParamList', 'text', text);
  if (typeof options !== 'object' || options === null || typeof options.params !== 'object' ||
    options.params === null) {
    throw new QemuOptsUsageError('parseWithParamList', 'options', options,
      'an object with params');
  }
  const anyKey = options.acceptsAny === true || Object.keys(options.params).length === 0;
  const parsed = parseQemuOpts(text, {
    impliedKey: options.impliedKey,
    commandLine: options.commandLine,
    helpStops: !anyKey,
    mergeLists: options.mergeLists,
  });
  const result: ParamListResult = { ...parsed, typed: [], values: new Map() };
  for (const entry of parsed.entries) {
    const type = anyKey ? 'string' : lookup(options.params, entry.key);
    if (type === undefined) {
      result.diagnostics.push(invalidParameter(entry));
      continue;
    }
    const converted = convert(type, entry, options.qemuVersion);
    const span = entry.valueSpan ?? entry.itemSpan;
    if (!converted.ok) {
      const { code, message, hint } = converted;
      const error: SpanDiagnostic = { code, severity: 'error', message, span };
      if (hint) error.hint = hint;
      result.diagnostics.push(error);
      continue;
    }
    if (converted.warning) {
      const { code, message } = converted.warning;
      result.diagnostics.push({ code, severity: 'warning', message, span });
    }
    result.typed.push({ entry, type, value: converted.value });
    result.values.set(entry.key, converted.value);
  }
  return result;
}

/** The type of `key`, looked up exactly (own properties only, case-sensitive). */
function lookup(params: Record<string, ParamType>, key: string): ParamType | undefined {
  return Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
}

/** QEMU's message for a key the list does not have (spec 1.10). */
function invalidParameter(entry: OptsEntry): SpanDiagnostic {
  return { code: 'invalid-parameter', severity: 'error',
    message: `Invalid parameter '${entry.key}'`, span: entry.keySpan ?? entry.itemSpan };
}

/** Converts a raw value to `type` (spec section 2). */
function convert(type: ParamType, entry: OptsEntry, qemuVersion?: string): ValueResult<ParamValue> {
  switch (type) {
    case 'bool':
      return parseBool(entry.key, entry.value, qemuVersion);
    case 'number':
      return parseNumber(entry.key, entry.value);
    case 'size':
      return parseSize(entry.key, entry.value, { qemuVersion });
    default:
      return { ok: true, value: entry.value };
  }
}
