import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import { parseSize } from '../model/values/parse-size.js';
import type { MergedUse } from './value-sets.js';

/**
 * `-m` sizes without a unit: QEMU appends `M` before it hands the size to the machine
 * (`parse_memory_options` in `vl.c`, 7.2 to 10.2), so `-m 0x40` becomes `0x40M`, a hex number
 * with a suffix: deprecated with a warning up to 7.2, an error of the machine's `memory.size`
 * property from 8.0 (its keyval visitor's words).
 *
 * @module
 */

/** The finding for the last `size` of the merged `-m` uses, with the word it is in. */
export function checkMemorySize(
  uses: readonly MergedUse[],
  version: string,
): { word: number; diagnostic: SpanDiagnostic } | undefined {
  let last: { word: number; entry: OptsEntry } | undefined;
  for (const use of uses) {
    for (const entry of use.entries) if (entry.key === 'size') last = { word: use.word, entry };
  }
  if (last === undefined || !/[0-9]$/.test(last.entry.value)) return undefined;
  const value = last.entry.value;
  // QEMU reads the size first: a zero or unreadable one is not fixed up (reported elsewhere).
  const read = parseSize('size', value, { qemuVersion: version });
  if (!read.ok || read.value === 0n) return undefined;
  const fixed = parseSize('memory.size', `${value}M`, { qemuVersion: version });
  const span = last.entry.valueSpan ?? last.entry.itemSpan;
  const hint = `QEMU reads -m ${value} as ${value}M; write the size in decimal or with a unit`;
  if (fixed.ok && fixed.warning) {
    const diagnostic: SpanDiagnostic = {
      code: 'hex-size-suffix', severity: 'warning', message: fixed.warning.message, hint, span,
    };
    return { word: last.word, diagnostic };
  }
  if (fixed.ok) return undefined;
  const diagnostic: SpanDiagnostic = {
    code: 'hex-size-suffix', severity: 'error', message: "Parameter 'memory.size' expects size",
    hint, span,
  };
  return { word: last.word, diagnostic };
}
