/**
 * Comparing qemu-opts' verdict on a command line with QEMU's: error or no error, help or
 * not, the message, and the place in QEMU's order.
 *
 * QEMU stops at its first error, so a finding of ours on a later word than QEMU's error is
 * not a disagreement (QEMU never got there), while one on an earlier word is (QEMU passed
 * it). QEMU reads every option before its late checks (value sets, backends, the machine),
 * and the order among late checks is not modelled: a late error of ours counts only when it
 * is the one QEMU reports.
 *
 * @module
 */
import { exclusionFor, type Exclusion } from './exclusions.js';
import type { QemuVerdict } from './qemu-verdict.js';

/** One error of ours: its message and the index of the argv word it is on. */
export interface OurError {
  /** The message. */
  message: string;
  /** Index of the word in the case's argv (the option's argument counts as its word). */
  word: number;
  /** Whether QEMU makes this check only after reading every option (a value set, say). */
  late?: boolean;
}

/** qemu-opts' verdict, in QEMU's terms. */
export interface OurVerdict {
  /** The errors, with their words. */
  errors: OurError[];
  /** The word of the first help request, if any. */
  help?: number;
  /**
   * The word of an error QEMU reports by printing a list and exiting with status 1 (an
   * unknown `-d` item), after reading every option.
   */
  listing?: number;
}

/** The result of one comparison. */
export type Comparison =
  | { kind: 'agree' }
  | { kind: 'excluded'; exclusion: Exclusion }
  | { kind: 'disagree'; reason: string };

/**
 * The indexes of the words QEMU's location `OPTION ARG` or `OPTION` can name: the same
 * option and argument may occur more than once (a duplicate ID is reported on the second).
 */
export function locationWords(argv: readonly string[], location: string | undefined): number[] {
  if (location === undefined) return [];
  const out: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (`${argv[i]} ${argv[i + 1]}` === location || argv[i] === location) out.push(i);
  }
  return out;
}

/** Our message for a key no format QEMU may probe takes: QEMU names the probed format. */
const PROBED_FORMAT = /^Block format does not support the option '(.*)'$/s;

/**
 * Whether our message says what QEMU's does. They are equal, except where QEMU names what
 * it found on the host: for a drive without `format=`, the format it probed
 * (`Block format 'raw' does not support …`), which qemu-opts leaves out.
 */
export function sameMessage(ours: string, qemu: string): boolean {
  if (ours === qemu) return true;
  const key = PROBED_FORMAT.exec(ours)?.[1];
  return key !== undefined &&
    /^Block format '[^']*' does not support the option '(.*)'$/s.exec(qemu)?.[1] === key;
}

/** Messages of QEMU's first pass over argv, reported before any option is acted on. */
const FIRST_PASS = new Set(['invalid option', 'requires an argument']);

/** Whether an error of ours sits on the words of the option at `word`. */
const onOption = (e: OurError, word: number): boolean => e.word === word || e.word === word + 1;

/** What went wrong, for the report. */
function describe(qemu: QemuVerdict, ours: OurVerdict): string {
  const said = qemu.outcome === 'error' ? `error '${qemu.error?.message}'`
    : qemu.outcome === 'exit-early' ? `exit-early with status ${qemu.status}`
    : qemu.outcome;
  const we = ours.errors.length > 0
    ? `error ${JSON.stringify(ours.errors.map((e) => e.message))}`
    : ours.help !== undefined ? 'exit-early'
    : ours.listing !== undefined ? 'exit-early with status 1' : 'ok';
  return `QEMU: ${said}; qemu-opts: ${we}`;
}

/** Compares the two verdicts on the case `argv`. */
export function compareVerdicts(argv: readonly string[], qemu: QemuVerdict, ours: OurVerdict): Comparison {
  const disagree = (): Comparison => ({ kind: 'disagree', reason: describe(qemu, ours) });
  if (qemu.outcome === 'ok') {
    const clean = ours.errors.length === 0 && ours.help === undefined && ours.listing === undefined;
    return clean ? { kind: 'agree' } : disagree();
  }
  if (qemu.outcome === 'exit-early' && ours.listing !== undefined && ours.help === undefined) {
    // A failing listing comes after every option was read (QEMU's help, at status 1 for a
    // QemuOpts list, while reading the option): no parse-time error of ours may precede it.
    const listed = qemu.status === 1 && !ours.errors.some((e) => !e.late);
    return listed ? { kind: 'agree' } : disagree();
  }
  if (qemu.outcome === 'exit-early') {
    const at = ours.help;
    // QEMU prints help while reading the option, before any late check.
    const early = ours.errors.some((e) => !e.late && e.word <= at! + 1);
    return at !== undefined && !early ? { kind: 'agree' } : disagree();
  }
  if (qemu.outcome !== 'error' || !qemu.error) return disagree();
  const { message, location } = qemu.error;
  const words = locationWords(argv, location);
  if (location !== undefined && words.length === 0) return disagree();
  // Where QEMU stopped: the occurrence we also flag with its message, else the last one.
  const matching = words.find((w) =>
    ours.errors.some((e) => sameMessage(e.message, message) && onOption(e, w)));
  const stop = matching ?? words[words.length - 1];
  const exclusion = exclusionFor(qemu.error);
  // A parse-time error of ours with QEMU's message on QEMU's option makes it a parse-time
  // error, even when a late check of ours elsewhere happens to use the same words.
  const atStop = matching !== undefined &&
    ours.errors.some((e) => !e.late && sameMessage(e.message, message) && onOption(e, matching));
  const late = stop === undefined || exclusion?.when === 'late' ||
    (!atStop && ours.errors.some((e) => e.late && sameMessage(e.message, message)));
  const firstPass = FIRST_PASS.has(message);
  // Our parse-time errors on options QEMU read without complaint are false alarms.
  const passed = (e: OurError): boolean =>
    !firstPass && !e.late && (late || e.word < (stop as number));
  const same = ours.errors.some((e) => sameMessage(e.message, message) &&
    (late || onOption(e, stop as number)));
  if (same && !ours.errors.some(passed)) return { kind: 'agree' };
  // QEMU's error is one we cannot (yet) see: fine as long as we report nothing QEMU passed.
  const seen = (e: OurError): boolean => passed(e) || (!late && !e.late && onOption(e, stop as number));
  if (exclusion && !ours.errors.some(seen)) return { kind: 'excluded', exclusion };
  return disagree();
}
