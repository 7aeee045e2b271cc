import type { SpanDiagnostic, Span } from '../diagnostics/diagnostic.js';
import type { ParamList } from '../catalog/types.js';
import type { OptsEntry, ParsedOpts } from '../model/qemu-opts-result.js';
import { checkDriveOptions } from './drive-options.js';
import { checkVisitedNumbers } from './visited-numbers.js';
import { backendInRelease, checkChardevBackend } from './chardev-backends.js';
import { checkRequiredParameters } from './required-parameters.js';

/**
 * Checks QEMU makes when it creates the backends of `-chardev`, `-netdev` (legacy form),
 * `-tpmdev` and `-drive` (drive-options.ts), after reading every option (verified against
 * QEMU 7.2): the ID they need, the backend they name. A backend name is reported only when
 * no QEMU build on any host has it. Also the numbers of `-acpitable` and `-numa` that QEMU's
 * options visitor reads (visited-numbers.ts).
 *
 * @module
 */

/** Names QEMU rejects with other words than an unknown backend (abstract classes). */
const ABSTRACT_CHARDEVS = new Set(['fd', 'win']);

/** Whether a backend value asks for help (QEMU lists the backends, creates nothing). */
const isHelp = (value: string | undefined): boolean => value === 'help' || value === '?';

/** The last value of `key`, as QEMU's `qemu_opt_get` reads it. */
function lastEntry(entries: readonly OptsEntry[], key: string): OptsEntry | undefined {
  let last: OptsEntry | undefined;
  for (const entry of entries) if (entry.key === key) last = entry;
  return last;
}

/** An error found when the backend is created, on `span`. */
function missing(message: string, span: Span): SpanDiagnostic {
  return { code: 'missing-parameter', severity: 'error', message, span };
}

/**
 * `-chardev`: an ID, then a backend, then one that exists (`chardev/char.c`), then the
 * parameters that backend requires (chardev-backends.ts).
 */
function chardevFindings(parsed: ParsedOpts, list: ParamList, whole: Span, version: string,
  requested: string): SpanDiagnostic[] {
  const backend = lastEntry(parsed.entries, 'backend');
  if (isHelp(backend?.value)) return [];
  if (parsed.id === undefined) return [missing('chardev: no id specified', whole)];
  if (backend === undefined) {
    return [missing(`chardev: "${parsed.id.value}" missing backend`, whole)];
  }
  const known = list.params.find((p) => p.name === 'backend')?.values;
  if (ABSTRACT_CHARDEVS.has(backend.value)) return [];
  if (known === undefined) return [];
  // The releases of backend names are exact facts, so the release asked for applies.
  if (known.includes(backend.value) && backendInRelease(backend.value, requested)) {
    return checkChardevBackend(backend.value, parsed.entries, version, whole, requested);
  }
  const hint = known.includes(backend.value)
    ? `QEMU ${requested} has no backend '${backend.value}'`
    : `no QEMU build has this backend; backends: ${known.join(', ')}`;
  return [
    {
      code: 'invalid-value',
      severity: 'error',
      message: `'${backend.value}' is not a valid char driver name`,
      hint,
      span: backend.valueSpan ?? backend.itemSpan,
    },
  ];
}

/** Every TPM backend type of 7.2 to 10.2 (`TpmType`); a build may lack some. */
const TPM_TYPES = new Set(['passthrough', 'emulator']);

/**
 * `-netdev` (legacy form) and `-tpmdev`: an ID, then a type (`net/net.c`, `tpm.c`); a
 * `-tpmdev` type no build has is `Parameter 'type' expects a TPM backend type`.
 */
function idThenType(parsed: ParsedOpts, whole: Span, tpm = false): SpanDiagnostic[] {
  const type = lastEntry(parsed.entries, 'type');
  if (isHelp(type?.value)) return [];
  if (parsed.id === undefined) return [missing("Parameter 'id' is missing", whole)];
  if (type === undefined) return [missing("Parameter 'type' is missing", whole)];
  if (!tpm || TPM_TYPES.has(type.value)) return [];
  return [{ code: 'invalid-value', severity: 'error',
    message: "Parameter 'type' expects a TPM backend type",
    hint: `TPM backends: ${[...TPM_TYPES].join(', ')} (as the build has them)`,
    span: type.valueSpan ?? type.itemSpan }];
}

/**
 * `-object`, which QEMU checks while reading it: a `qom-type`, then an ID. Whether the type
 * exists depends on the build, so a missing ID behind an unknown type is still an error, but
 * QEMU names the type instead.
 */
function objectFindings(parsed: ParsedOpts, whole: Span): SpanDiagnostic[] {
  const type = lastEntry(parsed.entries, 'qom-type');
  if (isHelp(type?.value) || parsed.entries.some((e) => isHelp(e.key))) return [];
  const lacking = type === undefined ? 'qom-type' : parsed.id === undefined ? 'id' : undefined;
  if (lacking === undefined) return [];
  const message = `Parameter '${lacking}' is missing`;
  return [{ code: 'member-missing', severity: 'error', message, span: whole }];
}

/**
 * The findings for one clean QemuOpts argument of list `list` (spans in the argument, whose
 * length is `length`); empty for lists without such checks.
 */
export function checkBackendOptions(
  list: ParamList,
  parsed: ParsedOpts,
  length: number,
  version: string,
  params: ParamList['params'] = list.params,
  requested: string = version,
): SpanDiagnostic[] {
  const whole = { start: 0, end: length };
  switch (list.name) {
    case 'chardev':
      return chardevFindings(parsed, list, whole, version, requested);
    case 'netdev':
    case 'tpmdev':
      return idThenType(parsed, whole, list.name === 'tpmdev');
    case 'drive':
      return checkDriveOptions(parsed.entries, params, version);
    case 'object':
      return objectFindings(parsed, whole);
    case 'option-rom':
    case 'global':
    case 'virtfs':
      return checkRequiredParameters(list.name, parsed.entries, whole);
    case 'acpi':
    case 'numa':
      return checkVisitedNumbers(list.name, parsed.entries);
    default:
      return [];
  }
}
