import type { QemuOptsItem } from '../../grammar/qemu-opts/parser.js';
import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry, ParsedOpts, QemuOptsParseOptions } from './qemu-opts-result.js';
import { readQemuOptsItems } from './qemu-opts-reader.js';

/**
 * Reading one QemuOpts string the way QEMU's `qemu_opts_parse_noisily` (command line) or
 * `qemu_opts_parse` (plain) does, without any catalog (spec sections 1.2-1.8).
 *
 * @module
 */

/** QEMU's `id_wellformed`: an ASCII letter, then letters, digits, `-`, `.`, `_`. */
const WELL_FORMED_ID = /^[A-Za-z][A-Za-z0-9._-]*$/;

/**
 * Parses `text` as a QemuOpts string. Never throws: problems come back as diagnostics.
 *
 * - `options.impliedKey`: the key of a first item without `=` (spec 1.4);
 * - `options.commandLine` (default true): warn on short-form booleans (spec 1.5);
 * - `options.helpStops`: a `help`/`?` flag ends the parse (spec 1.6), reported in `help`;
 * - `options.mergeLists`: an `id` is `Invalid parameter 'id'` (spec 1.8, 1.11).
 *
 * @since 0.1.0
 */
export function parseQemuOpts(text: string, options: QemuOptsParseOptions = {}): ParsedOpts {
  const impliedKey = options.impliedKey;
  const items = readQemuOptsItems(text, impliedKey !== undefined);
  const result: ParsedOpts = { entries: [], diagnostics: [] };
  const idItem = findIdItem(text, items, impliedKey !== undefined);
  if (idItem) checkId(idItem, options, result);

  const warn = options.commandLine ?? true;
  const helpStops = warn && (options.helpStops ?? false);
  for (const item of items) {
    if (helpStops && item.help) {
      result.help = { start: item.start, end: item.end };
      break;
    }
    if (item.kind !== 'implied' && item.key === 'id') {
      if (warn && item.kind === 'flag') result.diagnostics.push(shortFormWarning(item));
      continue;
    }
    result.entries.push(toEntry(item, impliedKey ?? ''));
    if (warn && item.kind === 'flag' && !item.help) {
      result.diagnostics.push(shortFormWarning(item));
    }
  }
  return result;
}

/**
 * The first `id` item (spec 1.8). QEMU looks for it in a separate scan without the implied
 * key, so with an implied key a first item spelled `id` counts as the flag `id`.
 */
function findIdItem(text: string, items: QemuOptsItem[], implied: boolean): QemuOptsItem | undefined {
  if (text.indexOf('id') < 0) return undefined;
  const scanned = implied ? readQemuOptsItems(text, false) : items;
  return scanned.find((item) => item.kind !== 'implied' && item.key === 'id');
}

/** Records the ID and checks it as `qemu_opts_create` does. */
function checkId(item: QemuOptsItem, options: QemuOptsParseOptions, result: ParsedOpts): void {
  const span: Span =
    item.kind === 'pair' ? { start: item.valueStart, end: item.end } : itemSpan(item);
  result.id = { value: item.value, span };
  if (options.mergeLists) {
    result.diagnostics.push({
      code: 'id-in-merged-list',
      severity: 'error',
      message: "Invalid parameter 'id'",
      span: itemSpan(item),
    });
  } else if (!WELL_FORMED_ID.test(item.value)) {
    result.diagnostics.push({
      code: 'invalid-id',
      severity: 'error',
      message: "Parameter 'id' expects an identifier",
      hint: "Identifiers consist of letters, digits, '-', '.', '_', starting with a letter.",
      span,
    });
  }
}

/** The span of a whole item. */
function itemSpan(item: QemuOptsItem): Span {
  return { start: item.start, end: item.end };
}

/** The model entry for one item. */
function toEntry(item: QemuOptsItem, impliedKey: string): OptsEntry {
  const whole = itemSpan(item);
  switch (item.kind) {
    case 'pair':
      return {
        key: item.key,
        value: item.value,
        form: 'pair',
        keySpan: { start: item.start, end: item.valueStart - 1 },
        valueSpan: { start: item.valueStart, end: item.end },
        itemSpan: whole,
      };
    case 'flag':
      return { key: item.key, value: item.value, form: 'flag', negated: item.negated,
        keySpan: whole, itemSpan: whole };
    case 'implied':
      return { key: impliedKey, value: item.value, form: 'implied', valueSpan: whole,
        itemSpan: whole };
  }
}

/**
 * QEMU's warning for a key without `=` (spec 1.5), with the `key=on|off` spelling as a fix.
 * `delay`/`nodelay` name `nodelay` in the advice, as QEMU does.
 */
function shortFormWarning(item: QemuOptsItem): SpanDiagnostic {
  const typed = (item.negated ? 'no' : '') + item.key;
  const advice =
    item.key === 'delay' ? `nodelay=${item.negated ? 'on' : 'off'}` : `${item.key}=${item.value}`;
  const diagnostic: SpanDiagnostic = {
    code: 'short-form-boolean',
    severity: 'warning',
    message: `short-form boolean option '${typed}' deprecated`,
    hint: `Please use ${advice} instead`,
    span: itemSpan(item),
  };
  // An empty key comes from a stray comma: writing `=on` there would not help anyone.
  if (item.key !== '') {
    diagnostic.fix = {
      description: `use ${advice}`,
      edits: [{ start: item.start, end: item.end, newText: advice }],
    };
  }
  return diagnostic;
}
