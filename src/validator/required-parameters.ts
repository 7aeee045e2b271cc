import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';

/**
 * Parameters that an option requires, checked by QEMU right after it parses the option
 * (7.2 to 10.2): `-option-rom` needs `romfile` (`vl.c`), `-global` needs `driver`, `property`
 * and `value` unless written `DRIVER.PROPERTY=VALUE` (`qemu_global_option` in
 * `qdev-monitor.c`). An empty value counts as given, as for QEMU's `qemu_opt_get`.
 *
 * @module
 */

/** What one option requires and QEMU's words when it is missing. */
interface Requirement {
  /** Every key that must be there. */
  keys: string[];
  /** QEMU's message. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** The requirements, by list name. */
const REQUIRED: Record<string, Requirement> = {
  'option-rom': { keys: ['romfile'], message: 'Option ROM file is not specified',
    hint: 'name the ROM image: -option-rom FILE or romfile=FILE' },
  virtfs: { keys: ['fsdriver', 'mount_tag'], message: 'Usage: -virtfs fsdriver,mount_tag=tag',
    hint: 'name the driver and the tag the guest mounts: -virtfs local,mount_tag=TAG,…' },
  global: { keys: ['driver', 'property', 'value'],
    message: "options 'driver', 'property', and 'value' are required",
    hint: 'write -global DRIVER.PROPERTY=VALUE, or driver=D,property=P,value=V' },
};

/** The finding for a clean argument of list `list` that lacks a required key. */
export function checkRequiredParameters(
  list: string,
  entries: readonly OptsEntry[],
  whole: Span,
): SpanDiagnostic[] {
  const required = REQUIRED[list];
  if (required === undefined) return [];
  if (required.keys.every((k) => entries.some((e) => e.key === k))) return [];
  return [{ code: 'required-parameter', severity: 'error', message: required.message,
    hint: required.hint, span: whole }];
}
