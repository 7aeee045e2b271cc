import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { Param } from '../catalog/types.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';

/**
 * Values QEMU checks for string parameters against its own tables (issue 4 item 3): the
 * value sets live in the catalog (`Param.values`, from `catalog/facts/values.json`); the
 * words QEMU uses to reject a value differ per option and live here.
 *
 * QEMU reads these parameters after the whole set is parsed, through `qemu_opt_get`, so the
 * last occurrence of a key is the one checked, and some are read only under a condition
 * (`-sandbox` reads its keys only when `enable` is on).
 *
 * LIMITATION(#4): for options whose uses merge (`-action`, `-rtc`, `-icount`) each use is
 * checked on its own, so a bad value overridden by a later use is still reported.
 *
 * @module
 */

/** How one list rejects a value outside its set. */
interface ValueRule {
  /** The message, in QEMU's words. */
  message: (key: string, value: string) => string;
  /** Whether QEMU reads the keys at all, given the last value of each key in the set. */
  applies?: (last: ReadonlyMap<string, string>) => boolean;
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
  rtc: { message: (_key, value) => `invalid option value '${value}'` },
  icount: { message: (_key, value) => `Invalid icount rr option: ${value}` },
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
  const rule = RULES[listName];
  if (rule === undefined) return [];
  const last = lastEntries(entries);
  const lastValues = new Map([...last].map(([key, entry]) => [key, entry.value]));
  if (rule.applies && !rule.applies(lastValues)) return [];
  const found: SpanDiagnostic[] = [];
  for (const param of params) {
    const entry = last.get(param.name);
    if (!entry || param.type !== 'string' || !param.values || param.values.includes(entry.value)) {
      continue;
    }
    found.push({
      code: 'invalid-value',
      severity: 'error',
      message: rule.message(param.name, entry.value),
      hint: `Accepted values: ${param.values.join(', ')}`,
      span: entry.valueSpan ?? entry.itemSpan,
    });
  }
  return found;
}
