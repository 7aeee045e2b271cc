import type { IToken } from 'chevrotain';
import { itemKeyText, itemLength, unescapeValue } from '../../grammar/qemu-opts/items.js';
import { EmptyItem, Flag, ImpliedEmpty, ImpliedValue } from '../../grammar/qemu-opts/tokens.js';
import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry, ParsedOpts, QemuOptsParseOptions } from './qemu-opts-result.js';
import { readQemuOptsItems } from './qemu-opts-reader.js';
import { requireOptions, requireString } from '../api/usage-error.js';

/**
 * Reading one QemuOpts string the way QEMU's `qemu_opts_parse_noisily` (command line) or
 * `qemu_opts_parse` (plain) does, without any catalog (spec sections 1.2-1.8).
 *
 * @module
 */

/** QEMU's `id_wellformed`: an ASCII letter, then letters, digits, `-`, `.`, `_`. */
const WELL_FORMED_ID = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** The options of a call without any: shared, so that such a call allocates none. */
const NO_OPTIONS: QemuOptsParseOptions = Object.freeze({});

/**
 * Parses `text` as a QemuOpts string. Never throws: problems come back as diagnostics.
 *
 * - `options.impliedKey`: the key of a first item without `=` (spec 1.4);
 * - `options.commandLine` (default true): warn on short-form booleans (spec 1.5);
 * - `options.helpStops`: a `help`/`?` flag ends the parse (spec 1.6), reported in `help`;
 * - `options.mergeLists`: an `id` is `Invalid parameter 'id'` (spec 1.8, 1.11).
 *
 * @since 0.1.0
 * @throws {QemuOptsUsageError} when called with a text that is not a string.
 */
export function parseQemuOpts(
  text: string,
  options: QemuOptsParseOptions = NO_OPTIONS,
): ParsedOpts {
  requireString('parseQemuOpts', 'text', text);
  requireOptions('parseQemuOpts', options);
  const impliedKey = options.impliedKey;
  const tokens = readQemuOptsItems(text, impliedKey !== undefined);
  const result: ParsedOpts = { entries: [], diagnostics: [] };
  // QEMU looks for the ID in a scan of its own, without the implied key (`opts_parse_id`).
  if (text.indexOf('id') >= 0) {
    const scanned = impliedKey === undefined ? tokens : readQemuOptsItems(text, false);
    const idToken = scanned.find((token) => entryKey(token) === 'id');
    if (idToken) checkId(toEntry(idToken, ''), options, result);
  }
  const warn = options.commandLine ?? true;
  const helpStops = warn && (options.helpStops ?? false);
  const implied = impliedKey ?? '';
  for (let i = 0; i < tokens.length; i++) {
    const entry = toEntry(tokens[i], implied);
    if (entry.form === 'flag') {
      const help = !entry.negated && (entry.key === 'help' || entry.key === '?');
      if (help && helpStops) {
        result.help = entry.itemSpan;
        break;
      }
      if (warn && !help) result.diagnostics.push(shortFormWarning(entry));
    }
    // `opts_do_parse` skips every `id` item; the ID came from the pre-scan.
    if (entry.key !== 'id' || entry.form === 'implied') result.entries.push(entry);
  }
  return result;
}

/** The key of a `KeyValue` or `Flag` token after `no` removal, or undefined for others. */
function entryKey(token: IToken): string | undefined {
  const type = token.tokenType;
  if (type === EmptyItem || type === ImpliedValue || type === ImpliedEmpty) return undefined;
  const key = itemKeyText(token);
  return type === Flag && key.startsWith('no') ? key.slice(2) : key;
}

/** The model entry for one item token (spec 1.2-1.5). */
function toEntry(token: IToken, impliedKey: string): OptsEntry {
  const image = token.image;
  const start = token.startOffset;
  const type = token.tokenType;
  if (type === Flag || type === EmptyItem) {
    const end = start + itemLength(image);
    const typed = image.slice(0, end - start);
    const negated = typed.startsWith('no');
    const itemSpan = { start, end };
    return { key: negated ? typed.slice(2) : typed, value: negated ? 'off' : 'on', form: 'flag',
      negated, keySpan: itemSpan, itemSpan };
  }
  if (type === ImpliedValue || type === ImpliedEmpty) {
    const end = type === ImpliedEmpty ? start : start + itemLength(image);
    return { key: impliedKey, value: unescapeValue(image.slice(0, end - start)),
      form: 'implied', valueSpan: { start, end }, itemSpan: { start, end } };
  }
  const eq = image.indexOf('=');
  const length = itemLength(image);
  const end = start + length;
  return { key: image.slice(0, eq), value: unescapeValue(image.slice(eq + 1, length)),
    form: 'pair', keySpan: { start, end: start + eq }, valueSpan: { start: start + eq + 1, end },
    itemSpan: { start, end } };
}

/** Records the ID and checks it as `qemu_opts_create` does. */
function checkId(entry: OptsEntry, options: QemuOptsParseOptions, result: ParsedOpts): void {
  const span: Span = entry.valueSpan ?? entry.itemSpan;
  result.id = { value: entry.value, span };
  if (options.mergeLists) {
    result.diagnostics.push({
      code: 'id-in-merged-list',
      severity: 'error',
      message: "Invalid parameter 'id'",
      span: entry.itemSpan,
    });
  } else if (!WELL_FORMED_ID.test(entry.value)) {
    result.diagnostics.push({
      code: 'invalid-id',
      severity: 'error',
      message: "Parameter 'id' expects an identifier",
      hint: "Identifiers consist of letters, digits, '-', '.', '_', starting with a letter.",
      span,
    });
  }
}

/**
 * QEMU's warning for a key without `=` (spec 1.5), with the `key=on|off` spelling as a fix.
 * `delay`/`nodelay` name `nodelay` in the advice, as QEMU does.
 */
function shortFormWarning(entry: OptsEntry): SpanDiagnostic {
  const typed = (entry.negated ? 'no' : '') + entry.key;
  const advice = entry.key === 'delay'
    ? `nodelay=${entry.negated ? 'on' : 'off'}`
    : `${entry.key}=${entry.value}`;
  const span = entry.itemSpan;
  const diagnostic: SpanDiagnostic = {
    code: 'short-form-boolean',
    severity: 'warning',
    message: `short-form boolean option '${typed}' deprecated`,
    hint: `Please use ${advice} instead`,
    span,
  };
  // An empty key comes from a stray comma: writing `=on` there would not help anyone.
  if (entry.key !== '') {
    diagnostic.fix = {
      description: `use ${advice}`,
      edits: [{ start: span.start, end: span.end, newText: advice }],
    };
  }
  return diagnostic;
}
