/**
 * Comparing qemu-opts' verdict on a command line with QEMU's: error or no error, help or
 * not, and QEMU's message among ours.
 *
 * @module
 */
import { exclusionFor, type Exclusion } from './exclusions.js';
import type { QemuVerdict } from './qemu-verdict.js';

/** The part of a diagnostic the comparison looks at. */
export interface DiagnosticLike {
  /** error, warning or info. */
  severity: string;
  /** The diagnostic code. */
  code: string;
  /** The message. */
  message: string;
}

/** qemu-opts' verdict, in QEMU's terms. */
export interface OurVerdict {
  /** `error` when there is an error; `exit-early` for a help request; else `ok`. */
  outcome: 'ok' | 'error' | 'exit-early';
  /** The error messages, in order. */
  errors: string[];
}

/** Reads our diagnostics as a verdict. */
export function ourVerdict(diagnostics: readonly DiagnosticLike[]): OurVerdict {
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  if (errors.length > 0) return { outcome: 'error', errors };
  const help = diagnostics.some((d) => d.code === 'help-request');
  return { outcome: help ? 'exit-early' : 'ok', errors };
}

/** The result of one comparison. */
export type Comparison =
  | { kind: 'agree' }
  | { kind: 'excluded'; exclusion: Exclusion }
  | { kind: 'disagree'; reason: string };

/** Compares the two verdicts on one command line. */
export function compareVerdicts(qemu: QemuVerdict, ours: OurVerdict): Comparison {
  const message = qemu.error?.message;
  if (qemu.outcome === ours.outcome) {
    if (qemu.outcome !== 'error' || ours.errors.includes(message as string)) return { kind: 'agree' };
  }
  if (qemu.outcome === 'error' && qemu.error && ours.outcome === 'ok') {
    const exclusion = exclusionFor(qemu.error);
    if (exclusion) return { kind: 'excluded', exclusion };
  }
  const said = qemu.outcome === 'error' ? `error '${message}'` : qemu.outcome;
  const we = ours.outcome === 'error' ? `error ${JSON.stringify(ours.errors)}` : ours.outcome;
  return { kind: 'disagree', reason: `QEMU: ${said}; qemu-opts: ${we}` };
}
