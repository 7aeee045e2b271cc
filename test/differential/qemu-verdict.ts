/**
 * What QEMU decided about one command line, read from its exit status and stderr.
 *
 * QEMU prints an option error as `prgname: OPTION ARG: message` (spec section 0), a
 * warning as `prgname: OPTION ARG: warning: message`, hint lines without any prefix, and an
 * error found after option parsing (when devices and backends are created) as
 * `prgname: message` with no option location.
 *
 * @module
 */

/** How a run ended. */
export type QemuOutcome =
  /** QEMU started, answered QMP and quit with status 0. */
  | 'ok'
  /** QEMU printed an error and exited with a non-zero status. */
  | 'error'
  /** QEMU exited before QMP started without an error line (help or a listing). */
  | 'exit-early'
  /** QEMU did not finish within the time limit (it was killed). */
  | 'timeout';

/** One line of stderr that starts with the program name, with the hint lines after it. */
export interface QemuReport {
  /** `OPTION ARG` or `OPTION` when the line names where the problem is. */
  location?: string;
  /** Whether the line is a warning. */
  warning: boolean;
  /** The message, without program name, location and `warning: `. */
  message: string;
  /** Lines without prefix that follow the message. */
  hint: string[];
}

/** QEMU's verdict on one command line. */
export interface QemuVerdict {
  /** How the run ended. */
  outcome: QemuOutcome;
  /** Exit status; null when QEMU was killed. */
  status: number | null;
  /** Every report on stderr, in order. */
  reports: QemuReport[];
  /** The error that ended the run (the last non-warning report), when there is one. */
  error?: QemuReport;
}

/** The raw result of one QEMU run. */
export interface QemuRun {
  /** Exit status; null when killed by a signal. */
  status: number | null;
  /** Whether the run was killed for taking too long. */
  timedOut: boolean;
  /** Everything QEMU wrote to stdout. */
  stdout: string;
  /** Everything QEMU wrote to stderr. */
  stderr: string;
}

/** Every `OPTION ARG` and `OPTION` pair QEMU could name as the location, longest first. */
function candidateLocations(argv: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    if (i + 1 < argv.length) out.add(`${argv[i]} ${argv[i + 1]}`);
    out.add(argv[i]);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Splits one prefixed stderr line into location, warning flag and message. */
function readReportLine(rest: string, locations: string[]): QemuReport {
  let location: string | undefined;
  let message = rest;
  for (const candidate of locations) {
    if (rest.startsWith(`${candidate}: `)) {
      location = candidate;
      message = rest.slice(candidate.length + 2);
      break;
    }
  }
  const warning = message.startsWith('warning: ');
  if (warning) message = message.slice('warning: '.length);
  return { location, warning, message, hint: [] };
}

/**
 * Reads stderr into reports. `argv` is the option part of the command line (what the case
 * added), used to recognise the location QEMU prints.
 */
export function readReports(stderr: string, prgname: string, argv: readonly string[]): QemuReport[] {
  const locations = candidateLocations(argv);
  const reports: QemuReport[] = [];
  for (const line of stderr.split('\n')) {
    // `-msg timestamp=on` puts a timestamp first, `-msg guest-name=on` the guest's name.
    const at = line.indexOf(`${prgname}: `);
    if (at === 0 || (at > 0 && line[at - 1] === ' ')) {
      reports.push(readReportLine(line.slice(at + prgname.length + 2), locations));
    } else if (line !== '' && reports.length > 0) {
      reports[reports.length - 1].hint.push(line);
    }
  }
  return reports;
}

/** Turns a raw run into a verdict. QMP's greeting on stdout shows that QEMU got going. */
export function readVerdict(run: QemuRun, prgname: string, argv: readonly string[]): QemuVerdict {
  const reports = readReports(run.stderr, prgname, argv);
  const errors = reports.filter((r) => !r.warning);
  const error = errors[errors.length - 1];
  let outcome: QemuOutcome;
  if (run.timedOut) outcome = 'timeout';
  else if (run.status === 0 && run.stdout.includes('{"QMP"')) outcome = 'ok';
  else if (run.status !== 0 && error !== undefined) outcome = 'error';
  else outcome = 'exit-early';
  return { outcome, status: run.status, reports, ...(error ? { error } : {}) };
}
