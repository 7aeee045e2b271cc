import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { VisitValue } from './qapi-visit.js';

/**
 * What QEMU checks right after reading an `-audiodev` (or 10.x `-audio`) argument
 * (`audio_validate_opts`, called while the option is read): for the `in` and then the `out`
 * direction, `fixed-settings` (default: `mixing-engine`, itself on by default) off forbids
 * `frequency`, `channels` and `format`, and needs the mixing engine when on.
 *
 * @module
 */

const TRUE = new Set(['on', 'yes', 'true', 'y']);

/** A bool member's value (keyval text or JSON boolean), or undefined when absent. */
function boolOf(value: VisitValue | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return value.kind === 'boolean' ? value.bool : TRUE.has(value.text ?? '');
}

/** The finding for one direction's options, if QEMU refuses them. */
function directionFinding(pdo: VisitValue | undefined, whole: VisitValue):
    SpanDiagnostic | undefined {
  const members = pdo?.kind === 'object' ? pdo.members! : new Map<string, VisitValue>();
  const mixing = boolOf(members.get('mixing-engine')) ?? true;
  const fixed = boolOf(members.get('fixed-settings')) ?? mixing;
  const span = (members.get('fixed-settings') ?? pdo ?? whole).keySpan ??
    (pdo ?? whole).span;
  if (!fixed && ['frequency', 'channels', 'format'].some((m) => members.has(m))) {
    return { code: 'audiodev-settings', severity: 'error', span,
      message: "You can't use frequency, channels or format with fixed-settings=off" };
  }
  if (!mixing && fixed) {
    return { code: 'audiodev-settings', severity: 'error', span,
      message: "You can't use fixed-settings without mixeng" };
  }
  return undefined;
}

/** QEMU's finding on the directions of a clean `Audiodev` value, if any. */
export function audiodevSettings(root: VisitValue): SpanDiagnostic[] {
  for (const direction of ['in', 'out']) {
    const finding = directionFinding(root.members?.get(direction), root);
    if (finding) return [finding];
  }
  return [];
}
