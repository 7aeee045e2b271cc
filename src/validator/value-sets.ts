import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { Param } from '../catalog/types.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import { appendAll } from '../util/append-all.js';

/**
 * Values QEMU checks for string parameters against its own tables (issue 4 item 3): the
 * value sets live in the catalog (`Param.values`, from `catalog/facts/values.json`); the
 * words QEMU uses to reject a value differ per option and live here.
 *
 * QEMU reads these parameters after the whole set is parsed, through `qemu_opt_get`, so the
 * last occurrence of a key is the one checked, and some are read only under a condition
 * (`-sandbox` reads its keys only when `enable` is on).
 *
 * @module
 */

/** A problem with a whole set: the entry it is shown on and QEMU's message. */
interface WholeSetProblem {
  /** The entry. */
  entry: OptsEntry;
  /** The message, in QEMU's words. */
  message: string;
}

/** How one list rejects a value outside its set. */
interface ValueRule {
  /** The message, in QEMU's words. */
  message: (key: string, value: string) => string;
  /** Whether QEMU reads the keys at all, given the last value of each key in the set. */
  applies?: (last: ReadonlyMap<string, string>) => boolean;
  /** Keys checked by a rule of their own rather than a value set (a date, say). */
  special?: Record<string, (value: string) => { message: string; hint?: string } | undefined>;
  /** Whether QEMU checks the special keys after the value sets (`-icount`: rr, then shift). */
  specialLast?: boolean;
  /** A check on the whole set, made after every other one (a key another key needs). */
  whole?: (last: ReadonlyMap<string, OptsEntry>) => WholeSetProblem | undefined;
}

/**
 * `-rtc base=`: `utc`, `localtime`, or a date that C `sscanf("%d-%d-%d")` reads (leading
 * blanks and signs allowed, anything after the third number ignored), checked by QEMU 7.2.
 */
function rtcBase(value: string): { message: string; hint: string } | undefined {
  if (value === 'utc' || value === 'localtime') return undefined;
  if (/^\s*[+-]?\d+-\s*[+-]?\d+-\s*[+-]?\d+/.test(value)) return undefined;
  return {
    message: 'invalid datetime format',
    hint: "valid formats: '2006-06-17T16:01:21' or '2006-06-17'",
  };
}

/**
 * `-icount shift=`: `auto` or a whole number from 0 to 10 that C `strtol` reads in base 0
 * (leading blanks and a sign allowed, nothing after it), checked by QEMU 7.2 after `rr`.
 */
function icountShift(value: string): { message: string; hint: string } | undefined {
  const shift = value === 'auto' ? 0 : strtolBase0(value);
  if (shift !== undefined && shift >= 0 && shift <= 10) return undefined;
  const hint = "shift is 'auto' or a number from 0 to 10";
  return { message: 'icount: Invalid shift value', hint };
}

/** The number C `strtol(value, &end, 0)` reads when it reads all of `value`, else undefined. */
function strtolBase0(value: string): number | undefined {
  const m = /^\s*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(value);
  if (m === null) return undefined;
  const magnitude = m[2] !== undefined ? Number.parseInt(m[2], 16)
    : m[3] !== undefined ? Number.parseInt(m[3], 8) : Number(m[4]);
  return m[1] === '-' ? -magnitude : magnitude;
}

/** `-icount align=` without `shift=`: QEMU needs the shift to align to (QEMU 7.2). */
function icountAlign(
  last: ReadonlyMap<string, OptsEntry>,
): WholeSetProblem | undefined {
  const align = last.get('align');
  if (align === undefined || last.has('shift')) return undefined;
  return { entry: align, message: 'Please specify shift option when using align' };
}

const doesNotAccept = (key: string, value: string): string =>
  `Parameter '${key}' does not accept value '${value}'`;

/** Bool spellings QEMU accepts as true (spec 2.2). */
const TRUE_SPELLINGS = new Set(['on', 'yes', 'true', 'y']);

/** Per-list wording, verified against QEMU 7.2 (mem-lock's against 10.0's source). */
const RULES: Record<string, ValueRule> = {
  action: { message: doesNotAccept },
  mon: { message: doesNotAccept },
  sandbox: {
    message: (key) => `invalid argument for ${key}`,
    applies: (last) => TRUE_SPELLINGS.has(last.get('enable') ?? 'off'),
  },
  rtc: { message: (_key, value) => `invalid option value '${value}'`, special: { base: rtcBase } },
  icount: {
    message: (_key, value) => `Invalid icount rr option: ${value}`,
    special: { shift: icountShift },
    specialLast: true,
    whole: icountAlign,
  },
  overcommit: { message: () => "parameter 'mem-lock' expects one of 'on', 'off', 'on-fault'" },
};

/** The last occurrence of each key in a set (QEMU's lookups return the last one). */
function lastEntries(entries: readonly OptsEntry[]): Map<string, OptsEntry> {
  const last = new Map<string, OptsEntry>();
  for (const entry of entries) last.set(entry.key, entry);
  return last;
}

/**
 * Findings for the values of one option set of list `listName`: every string parameter
 * with a value set whose last value is outside it. Spans are in the argument's text.
 */
export function checkValueSets(
  listName: string,
  entries: readonly OptsEntry[],
  params: readonly Param[],
): SpanDiagnostic[] {
  return findings(listName, entries, params).map((f) => f.diagnostic);
}

/** One use of an option whose uses merge into one set: its argument word and entries. */
export interface MergedUse {
  /** Index of the argv word the entries were read from. */
  word: number;
  /** The entries, with spans in that word's text. */
  entries: readonly OptsEntry[];
}

/**
 * Findings for the value sets of a merging list (`-action`, `-rtc`, `-icount`), whose uses
 * all add to one set that QEMU reads once every option is in: a value is checked only if no
 * later use sets the key again. Each finding names the word its span is in.
 */
export function checkMergedValueSets(
  listName: string,
  uses: readonly MergedUse[],
  params: readonly Param[],
): { word: number; diagnostic: SpanDiagnostic }[] {
  const owner = new Map<OptsEntry, number>();
  for (const use of uses) for (const entry of use.entries) owner.set(entry, use.word);
  const all = uses.flatMap((use) => use.entries);
  return findings(listName, all, params).map((f) => ({
    word: owner.get(f.entry)!,
    diagnostic: f.diagnostic,
  }));
}

/** The findings of the rule's special keys. */
function specialFindings(
  rule: ValueRule,
  last: ReadonlyMap<string, OptsEntry>,
): { entry: OptsEntry; diagnostic: SpanDiagnostic }[] {
  const found: { entry: OptsEntry; diagnostic: SpanDiagnostic }[] = [];
  for (const [key, check] of Object.entries(rule.special ?? {})) {
    const entry = last.get(key);
    const problem = entry && check(entry.value);
    if (entry && problem) {
      const span = entry.valueSpan ?? entry.itemSpan;
      const diagnostic: SpanDiagnostic = {
        code: 'invalid-value',
        severity: 'error',
        ...problem,
        span,
      };
      found.push({ entry, diagnostic });
    }
  }
  return found;
}

/** The findings with the entry each is about. */
function findings(
  listName: string,
  entries: readonly OptsEntry[],
  params: readonly Param[],
): { entry: OptsEntry; diagnostic: SpanDiagnostic }[] {
  const rule = RULES[listName];
  if (rule === undefined) return [];
  const last = lastEntries(entries);
  const lastValues = new Map([...last].map(([key, entry]) => [key, entry.value]));
  if (rule.applies && !rule.applies(lastValues)) return [];
  const special = specialFindings(rule, last);
  const found = rule.specialLast ? [] : special;
  for (const param of params) {
    const entry = last.get(param.name);
    if (!entry || param.type !== 'string' || !param.values || param.values.includes(entry.value)) {
      continue;
    }
    found.push({
      entry,
      diagnostic: {
        code: 'invalid-value',
        severity: 'error',
        message: rule.message(param.name, entry.value),
        hint: `Accepted values: ${param.values.join(', ')}`,
        span: entry.valueSpan ?? entry.itemSpan,
      },
    });
  }
  if (found.length > 0) return found;
  if (rule.specialLast) appendAll(found, special);
  const whole = found.length === 0 ? rule.whole?.(last) : undefined;
  if (whole) {
    const span = whole.entry.keySpan ?? whole.entry.itemSpan;
    const diagnostic: SpanDiagnostic = {
      code: 'invalid-value',
      severity: 'error',
      message: whole.message,
      span,
    };
    found.push({ entry: whole.entry, diagnostic });
  }
  return found;
}
