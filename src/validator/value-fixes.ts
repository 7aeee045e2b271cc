import type { Fix, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { ParamList } from '../catalog/types.js';
import type { OptsEntry, ParsedOpts } from '../model/qemu-opts-result.js';

/**
 * Machine-applicable fixes for values (issue 4 item 6), added to the findings of one
 * QemuOpts argument after it has been checked:
 *
 * - a size written with a two-letter unit (`8GB`, `512MiB`, `1kb`) → the one-letter suffix
 *   QEMU reads (`8G`), on the `invalid-size` error;
 * - a comma inside a path (`file=my,disk.img`): QEMU ends the value at the comma and reads
 *   the rest as a short-form flag. The fix doubles the comma (`my,,disk.img`), replacing the
 *   `disk.img=on` advice of the short-form warning and the fix of any error on that flag.
 *
 * @module
 */

/** Keys whose value is a file or directory name. */
const PATH_KEYS = new Set([
  'file', 'path', 'romfile', 'logfile', 'rrfile', 'splash', 'kernel', 'initrd', 'firmware',
  'chroot', 'script', 'downscript', 'sock', 'socket', 'dtb', 'bios', 'filename', 'rootdir',
]);

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

/** The flag entries that continue a path value cut short by a single comma. */
function pathContinuations(parsed: ParsedOpts, list: ParamList): OptsEntry[] {
  const out: OptsEntry[] = [];
  const known = new Set(list.params.map((p) => p.name));
  parsed.entries.forEach((entry, i) => {
    const before = parsed.entries[i - 1];
    if (entry.form !== 'flag' || entry.negated || before === undefined) return;
    const continues = before.valueSpan && before.valueSpan.end + 1 === entry.itemSpan.start;
    if (continues && PATH_KEYS.has(before.key) && !known.has(entry.key) && looksLikePathRest(entry.key)) {
      out.push(entry);
    }
  });
  return out;
}

/** Adds the value fixes to `diagnostics` (findings of `parsed`, spans in the argument). */
export function addValueFixes(parsed: ParsedOpts, list: ParamList, diagnostics: SpanDiagnostic[]): void {
  for (const d of diagnostics) {
    if (d.code !== 'invalid-size') continue;
    const entry = parsed.entries.find((e) => e.valueSpan && sameSpan(e.valueSpan, d.span));
    const better = entry && sizeUnitFix(entry.value);
    if (entry?.valueSpan && better) {
      d.fix = { description: `write ${better}`, edits: [{ ...entry.valueSpan, newText: better }] };
    }
  }
  for (const flag of pathContinuations(parsed, list)) {
    const comma = flag.itemSpan.start - 1;
    const fix: Fix = {
      description: 'double the comma: it is part of the file name',
      edits: [{ start: comma, end: comma + 1, newText: ',,' }],
    };
    for (const d of diagnostics) {
      const onFlag = sameSpan(d.span, flag.itemSpan) || (flag.keySpan && sameSpan(d.span, flag.keySpan));
      if (onFlag) d.fix = fix;
    }
  }
}
