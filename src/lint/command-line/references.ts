import type { Span, SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import type { Resolution } from '../../validator/id-namespaces.js';
import type { WordDiagnostic } from '../../validator/scan-argv.js';

/**
 * What the reference rules share: the finding for an ID that no option defines.
 *
 * `-device` properties that name a chardev, netdev or drive are resolved by devices.ts, by
 * their type in the build facts (`PROPERTY_TYPE_NAMESPACES`). LIMITATION(#4): without build
 * facts for the build linted, those are not resolved; nor are the references inside
 * `-object` properties (a `secret`'s `keyid`, a `tls-creds`): a misspelt ID there passes
 * silently.
 *
 * @module
 */

/**
 * Chardev IDs that QEMU makes itself (`-monitor`, `-qmp`, `-serial` …, and the default
 * devices): a reference to one is never reported, as whether it exists when the reference is
 * resolved depends on options and defaults we do not model.
 */
export const IMPLICIT_CHARDEV = /^(compat_monitor|serial|parallel|virtcon|debugcon|gdb|qtest)/;

/** The error for an unresolved reference at `span` of `word`, if `resolution` is a miss. */
export function unresolved(
  resolution: Resolution,
  word: number,
  span: Span,
  message: string,
): WordDiagnostic[] {
  if (resolution.kind !== 'missing') return [];
  const diagnostic: SpanDiagnostic = { code: 'unknown-reference', severity: 'error', message,
    span };
  if (resolution.hint) diagnostic.hint = resolution.hint;
  return [{ word, diagnostic }];
}
