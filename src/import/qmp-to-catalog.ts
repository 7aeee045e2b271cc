/**
 * Builds a {@link Catalog}'s parameter lists from a QEMU binary's answer to the QMP command
 * `query-command-line-options` (spec section 7): one list per reported option, with the
 * parameters put back into descriptor order (QMP reports them in reverse), their types,
 * defaults and help. The help is QEMU's text, so the catalog says `textBy: 'qemu'`.
 *
 * QMP does not report implied keys or merging; a caller may pass known lists (e.g. the
 * built-in catalog's) to take them from. Lists that accept anything report no parameters.
 *
 * @module
 */
import type { Catalog, Param, ParamList, ParamType } from '../catalog/types.js';
import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { appendAll } from '../util/append-all.js';
import { requireOptions } from '../api/usage-error.js';

/** How to import. */
export interface QmpImportOptions {
  /** The file name, for `source.file`. */
  file?: string;
  /** The QEMU release of the binary, e.g. `10.0.13`. */
  release?: string;
  /** Lists whose implied key, merge flag and condition are taken over by name. */
  known?: Readonly<Record<string, ParamList>>;
}

/** The catalog and the problems found in the input. */
export interface QmpImportResult {
  /** The catalog: no entries, one list per reported option. */
  catalog: Catalog;
  /** Problems with the input's shape (code `qmp-format`); offsets are 0. */
  diagnostics: SpanDiagnostic[];
}

const TYPES: Record<string, ParamType> = {
  string: 'string',
  boolean: 'bool',
  number: 'number',
  size: 'size',
};

/** A `qmp-format` error about `what`. */
function problem(what: string): SpanDiagnostic {
  return {
    code: 'qmp-format',
    severity: 'error',
    message: `Not a query-command-line-options reply: ${what}`,
    span: { start: 0, end: 0 },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One reported parameter as a {@link Param}, or a problem. */
function paramOf(raw: unknown, where: string): Param | SpanDiagnostic {
  if (!isObject(raw) || typeof raw.name !== 'string') return problem(`${where} has no name`);
  const type = typeof raw.type === 'string' ? TYPES[raw.type] : undefined;
  if (type === undefined) return problem(`${where} '${raw.name}' has type ${String(raw.type)}`);
  const param: Param = { name: raw.name, type };
  if (typeof raw.help === 'string') param.help = raw.help;
  if (typeof raw.default === 'string') param.default = raw.default;
  param.qemuHasHelp = typeof raw.help === 'string';
  return param;
}

/** One reported option as a {@link ParamList}, or problems. */
function listOf(raw: unknown, index: number, known: QmpImportOptions['known']) {
  const where = `entry ${index}`;
  if (!isObject(raw) || typeof raw.option !== 'string' || !Array.isArray(raw.parameters)) {
    return [problem(`${where} lacks 'option' or 'parameters'`)];
  }
  const params: Param[] = [];
  const problems: SpanDiagnostic[] = [];
  for (const p of [...raw.parameters].reverse()) {
    const param = paramOf(p, `${raw.option} parameter`);
    if ('code' in param) problems.push(param);
    else params.push(param);
  }
  if (problems.length > 0) return problems;
  const base = known?.[raw.option];
  const list: ParamList = {
    name: raw.option,
    ...(base?.impliedKey ? { impliedKey: base.impliedKey } : {}),
    merge: base?.merge ?? false,
    acceptsAny: params.length === 0 || (base?.acceptsAny ?? false),
    params,
    ...(base?.condition ? { condition: base.condition } : {}),
  };
  return list;
}

/**
 * Imports a parsed `query-command-line-options` reply: the bare array, or QMP's
 * `{"return": [...]}`. Never throws for bad input. An entry with an empty name (the x86
 * build's semihosting stub list) is skipped, since no option can name it.
 */
export function importQmp(data: unknown, options: QmpImportOptions = {}): QmpImportResult {
  requireOptions('importQmp', options);
  const reply = isObject(data) && Array.isArray(data.return) ? data.return : data;
  const lists: Record<string, ParamList> = {};
  const diagnostics: SpanDiagnostic[] = [];
  if (!Array.isArray(reply)) diagnostics.push(problem('expected an array of options'));
  (Array.isArray(reply) ? reply : []).forEach((raw, i) => {
    const result = listOf(raw, i, options.known);
    if (Array.isArray(result)) appendAll(diagnostics, result);
    else if (result.name !== '') lists[result.name] = result;
  });
  const catalog: Catalog = {
    format: 1,
    releases: options.release ? [options.release] : [],
    source: {
      kind: 'qmp',
      textBy: 'qemu',
      ...(options.file ? { file: options.file } : {}),
      note: 'Lists from query-command-line-options; implied keys and merging are not reported ' +
        'by QMP' + (options.known ? ' and were taken from the known lists' : ''),
    },
    entries: [],
    lists,
  };
  return { catalog, diagnostics };
}
