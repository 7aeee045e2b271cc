import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';

/**
 * The syntax-level result of reading one QemuOpts string (spec section 1), before any
 * catalog is consulted. Offsets are local to the string that was parsed.
 *
 * @module
 */

/** How an entry was written. */
export type EntryForm =
  /** `key=value`. */
  | 'pair'
  /** A first item without `=` that got the implied key (spec 1.4). */
  | 'implied'
  /** A key without `=` (short-form boolean, spec 1.5), not a help request. */
  | 'flag';

/** One `(key, value)` entry, in input order; duplicates are kept (spec 1.9). */
export interface OptsEntry {
  /** The key after `no`-prefix removal for flags; the implied key for an implied item. */
  key: string;
  /** The value after `,,` unescaping; `on`/`off` for flags. */
  value: string;
  /** How the entry was written. */
  form: EntryForm;
  /** For a flag: whether it was written with the `no` prefix (`noasync-teardown`). */
  negated?: boolean;
  /** The key as typed (for flags, with its `no`); for implied items, absent. */
  keySpan?: Span;
  /** The value as typed, escapes included; for flags, absent. */
  valueSpan?: Span;
  /** The whole item, from its first character to the one before its closing comma. */
  itemSpan: Span;
}

/** The result of reading one QemuOpts string. Never thrown: problems are diagnostics. */
export interface ParsedOpts {
  /** The entries, in input order, without `id` items (spec 1.8). */
  entries: OptsEntry[];
  /** The ID from the first `id` item, if any, with the span of its value (or flag). */
  id?: { value: string; span: Span };
  /** Where a help request (`help` or `?` flag) was found, if the parse stopped there. */
  help?: Span;
  /** Syntax-level findings (the short-form warning, an empty key …). */
  diagnostics: SpanDiagnostic[];
}

/** What the caller tells the QemuOpts reader about the list. */
export interface QemuOptsParseOptions {
  /** The implied key for a first item without `=`, when the caller permits it (spec 1.4). */
  impliedKey?: string;
  /**
   * Command-line parse (`qemu_opts_parse_noisily`): warn on short-form booleans and stop at
   * a help request when `helpStops` is also set. Default true.
   */
  commandLine?: boolean;
  /** Whether a `help`/`?` flag ends parsing (lists with descriptors). Default false. */
  helpStops?: boolean;
  /**
   * The list merges all uses into one set (spec 1.11): any `id` item is then reported as
   * `Invalid parameter 'id'` instead of being checked as an identifier. Default false.
   */
  mergeLists?: boolean;
}
