import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { IdRegistry } from './check-qemu-opts.js';

/**
 * `-monitor`, `-qmp` and `-qmp-pretty` while QEMU reads them (`monitor_parse` in `vl.c`, 7.2
 * to 10.2): each makes a `-mon` whose ID is the chardev of `chardev:X` (X cut to 31
 * characters), else `compat_monitorN` (N counting these options so far), so the ID must be
 * an identifier and may not be taken in the `mon` list. `-monitor none…` makes none.
 *
 * @module
 */

/** The `-mon` ID that the option `name` with argument `text` makes, if it makes one. */
export function monitorLabel(name: string, text: string, index: number):
    { label: string; chardev: boolean } | undefined {
  if (name === 'monitor' && text.startsWith('none')) return undefined;
  if (!text.startsWith('chardev:')) return { label: `compat_monitor${index}`, chardev: false };
  return { label: text.slice('chardev:'.length, 'chardev:'.length + 31), chardev: true };
}

/** QEMU's error for the `-mon` ID `label` made by a `chardev:` argument of length `length`. */
export function checkMonitorLabel(label: string, length: number, ids: IdRegistry):
    SpanDiagnostic | undefined {
  const span = { start: 'chardev:'.length, end: length };
  if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(label)) {
    return { code: 'invalid-id', severity: 'error', message: "Parameter 'id' expects an identifier",
      hint: "QEMU names the monitor after the chardev: an identifier (letters, digits, '-', " +
        "'.', '_', starting with a letter)", span };
  }
  const seen = ids.get('mon') ?? new Set<string>();
  ids.set('mon', seen);
  if (!seen.has(label)) {
    seen.add(label);
    return undefined;
  }
  return { code: 'duplicate-id', severity: 'error', message: `Duplicate ID '${label}' for mon`,
    hint: 'each monitor needs a chardev of its own', span };
}
