import type { Fix, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { ParamList, ParamType } from '../catalog/types.js';
import type { OptsEntry, ParsedOpts } from '../model/qemu-opts-result.js';
import { closestName } from './did-you-mean.js';

/**
 * Machine-applicable fixes for values (issue 4 item 6), added to the findings of one
 * QemuOpts argument after it has been checked:
 *
 * - a size written with a two-letter unit (`8GB`, `512MiB`, `1kb`) → the one-letter suffix
 *   QEMU reads (`8G`), on the `invalid-size` error;
 * - a comma inside a path (`file=my,disk.img`): QEMU ends the value at the comma and reads
 *   the rest as a short-form flag. The fix doubles the comma (`my,,disk.img`), replacing the
 *   `disk.img=on` advice of the short-form warning and the fix of any error on that flag.
 *   It is certain when the flag looks like a file name, when the list knows its keys and
 *   the flag is no misspelling of one, or (-object) when the object type has no such member.
 *
 * @module
 */

/** Keys whose value is a file or directory name. */
const PATH_KEYS = new Set([
  'file', 'path', 'romfile', 'logfile', 'rrfile', 'splash', 'kernel', 'initrd', 'firmware',
  'chroot', 'script', 'downscript', 'sock', 'socket', 'dtb', 'bios', 'filename', 'rootdir',
  'mem-path',
]);

/**
 * -drive keys QEMU 7.2 renames to the block layer's names before it checks them
 * (`blockdev.c`, `opt_renames`), with their type: known keys although the list lacks them.
 */
const DRIVE_RENAMED: Record<string, ParamType> = {
  readonly: 'bool', iops: 'number', iops_rd: 'number', iops_wr: 'number', bps: 'number',
  bps_rd: 'number', bps_wr: 'number', iops_max: 'number', iops_rd_max: 'number',
  iops_wr_max: 'number', bps_max: 'number', bps_rd_max: 'number', bps_wr_max: 'number',
  iops_size: 'number', group: 'string',
};

/** `8GB` → `8G`: a number with a unit QEMU does not read, and the suffix it does. */
export function sizeUnitFix(value: string): string | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kKmMgGtTpPeE])(?:i?[bB])$/.exec(value);
  return match ? `${match[1]}${match[2].toUpperCase()}` : undefined;
}

/** Whether a flag looks like the rest of a file name rather than a key. */
function looksLikePathRest(key: string): boolean {
  return /[./]/.test(key) && !/=/.test(key);
}

/** Whether two spans are the same. */
function sameSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The type of `key` in `list` (or among -drive's renamed keys), undefined when unknown. */
function knownType(list: ParamList, key: string): ParamType | undefined {
  const param = list.params.find((p) => p.name === key);
  if (param) return param.type;
  const renamed = list.name === 'drive' && Object.hasOwn(DRIVE_RENAMED, key);
  return renamed ? DRIVE_RENAMED[key] : undefined;
}

/** What a flag right after a path value is: the rest of the path, or unsure. */
type Continuation = { entry: OptsEntry; sure: boolean };

/**
 * The flag entries that may continue a path value cut short by a single comma: a flag whose
 * key the list does not know, right after a path value. It surely is part of the path when
 * it looks like one (`disk.img`) or the list checks its keys and the key is no misspelling
 * of one; otherwise (a list that takes any key, such as -object's) it may be a key after all.
 */
function pathContinuations(parsed: ParsedOpts, list: ParamList): Continuation[] {
  const out: Continuation[] = [];
  const known = list.params.map((p) => p.name);
  parsed.entries.forEach((entry, i) => {
    const before = parsed.entries[i - 1];
    if (entry.form !== 'flag' || entry.negated || entry.key === '' || before === undefined) return;
    const continues = before.valueSpan && before.valueSpan.end + 1 === entry.itemSpan.start;
    if (!continues || !PATH_KEYS.has(before.key) || knownType(list, entry.key)) return;
    const sure =
      looksLikePathRest(entry.key) ||
      (!list.acceptsAny && closestName(entry.key, known) === undefined);
    out.push({ entry, sure });
  });
  return out;
}

/** Adds the value fixes to `diagnostics` (findings of `parsed`, spans in the argument). */
export function addValueFixes(
  parsed: ParsedOpts,
  list: ParamList,
  diagnostics: SpanDiagnostic[],
): void {
  for (const d of diagnostics) {
    if (d.code !== 'invalid-size') continue;
    const entry = parsed.entries.find((e) => e.valueSpan && sameSpan(e.valueSpan, d.span));
    const better = entry && sizeUnitFix(entry.value);
    if (entry?.valueSpan && better) {
      d.fix = { description: `write ${better}`, edits: [{ ...entry.valueSpan, newText: better }] };
    }
  }
  // `key=on` helps only where the key is a bool parameter: else QEMU rejects `key=on` too.
  for (const entry of parsed.entries) {
    if (entry.form !== 'flag' || knownType(list, entry.key) === 'bool') continue;
    for (const d of diagnostics) {
      if (d.code === 'short-form-boolean' && sameSpan(d.span, entry.itemSpan)) delete d.fix;
    }
  }
  // -drive: a flag that is the rest of a path is an error when QEMU opens the image and the
  // block driver does not take it (drive-nodes.ts); where the driver is not known for sure,
  // it stays the short-form warning with a hint.
  for (const continuation of pathContinuations(parsed, list)) {
    const flag = continuation.entry;
    // -object: the QAPI walk names the flag only when the object type has no such member;
    // -drive: the block driver's check names it only when the driver surely lacks the key.
    const sure = continuation.sure || diagnostics.some((d) =>
      (d.code === 'invalid-parameter' || d.code === 'block-driver-option') &&
      d.severity === 'error' && flag.keySpan !== undefined && sameSpan(d.span, flag.keySpan));
    const comma = flag.itemSpan.start - 1;
    const fix: Fix = {
      description: 'double the comma: it is part of the file name',
      edits: [{ start: comma, end: comma + 1, newText: ',,' }],
    };
    const advice =
      `if '${flag.key}' is part of the file name, double the comma before it (,,${flag.key})`;
    for (const d of diagnostics) {
      const onFlag =
        sameSpan(d.span, flag.itemSpan) || (flag.keySpan && sameSpan(d.span, flag.keySpan));
      if (!onFlag) continue;
      if (sure) d.fix = fix;
      else {
        delete d.fix;
        d.hint = d.hint === undefined ? advice : `${d.hint}\n${advice}`;
      }
    }
  }
}
