import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';

/**
 * Whole numbers in lists that accept any key, read later by QEMU's options visitor into a
 * QAPI type (`-acpitable` into AcpiTableOptions, `-numa node` into NumaNodeOptions; QEMU
 * 7.2): a value that is not an unsigned number in C's base 0 (`08`, `1.5`, `x`) fails with
 * `Parameter 'KEY' expects a uint64 value`. The visitor walks the members in the type's order
 * and stops at the first problem, so the walk stops at a member it cannot judge.
 *
 * @module
 */

/** A member in visiting order: a number with its largest value, or one not judged here. */
type Member = { key: string; max: bigint } | { key: string; unjudged: true };

const U8 = 0xffn;
const U16 = 0xffffn;
const U32 = 0xffffffffn;

/** The members of each visited type, in QAPI order (strings, which never fail, left out). */
const MEMBERS: Record<string, Member[]> = {
  acpi: [
    { key: 'rev', max: U8 },
    { key: 'oem_rev', max: U32 },
    { key: 'asl_compiler_rev', max: U32 },
  ],
  'numa node': [
    { key: 'nodeid', max: U16 },
    { key: 'cpus', unjudged: true },
    { key: 'mem', unjudged: true },
    { key: 'initiator', max: U16 },
  ],
};

/** The number C `parse_uint(text, …, 0)` reads from all of `text`, else undefined. */
function parseUint(text: string): bigint | undefined {
  const m = /^\s*\+?(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(text);
  if (m === null) return undefined;
  const value = m[1] !== undefined ? BigInt(`0x${m[1]}`)
    : m[2] !== undefined ? BigInt(`0o${m[2].slice(1) || '0'}`) : BigInt(m[3]);
  return value < 2n ** 64n ? value : undefined;
}

/** The last entry of each key (the visitor reads the last one). */
function lastByKey(entries: readonly OptsEntry[]): Map<string, OptsEntry> {
  const last = new Map<string, OptsEntry>();
  for (const entry of entries) last.set(entry.key, entry);
  return last;
}

/** The finding for the first member number QEMU cannot read, for list `listName`. */
export function checkVisitedNumbers(
  listName: string,
  entries: readonly OptsEntry[],
): SpanDiagnostic[] {
  const last = lastByKey(entries);
  const kind = listName === 'numa' ? `numa ${last.get('type')?.value}` : listName;
  for (const member of MEMBERS[kind] ?? []) {
    const entry = last.get(member.key);
    if (entry === undefined) continue;
    if ('unjudged' in member) return [];
    const value = parseUint(entry.value);
    if (value !== undefined && value <= member.max) continue;
    // Out of range: the width's own message, read for -acpitable's members (7.2 to 10.2).
    if (value !== undefined) return listName === 'acpi' ? [outOfRange(member, entry)] : [];
    return [
      {
        code: 'invalid-number',
        severity: 'error',
        message: `Parameter '${member.key}' expects a uint64 value`,
        hint: 'a whole number, decimal, 0x hexadecimal or 0 octal (so 08 is no number)',
        span: entry.valueSpan ?? entry.itemSpan,
      },
    ];
  }
  return [];
}

/** `Parameter 'rev' expects uint8_t`: a number beyond its member's width. */
function outOfRange(member: { key: string; max: bigint }, entry: OptsEntry): SpanDiagnostic {
  const type = member.max === U8 ? 'uint8_t' : member.max === U16 ? 'uint16_t' : 'uint32_t';
  return { code: 'invalid-number', severity: 'error',
    message: `Parameter '${member.key}' expects ${type}`,
    hint: `at most ${member.max}`, span: entry.valueSpan ?? entry.itemSpan };
}
