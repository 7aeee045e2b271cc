import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptionEntry, ParamList } from '../catalog/types.js';
import { parseQemuOpts } from '../model/parse-qemu-opts.js';
import type { ParsedOpts } from '../model/qemu-opts-result.js';
import { isPresent, presenceOf } from './availability.js';
import { checkEntry, checkHostValues } from './check-param.js';
import { checkValueSets } from './value-sets.js';
import { checkBackendOptions } from './backend-options.js';
import type { LintContext } from './lint-context.js';
import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import { agreedFinding, qapiRootOf, releasesFor } from './qapi-arguments.js';
import { visitQapiOpts } from './qapi-opts-visit.js';
import { appendAll } from '../util/append-all.js';
import { netClientMembers, slirpFindings } from './net-client-members.js';
import { compareVersions } from '../catalog/versions.js';

/**
 * Checking the argument of an option read as a QemuOpts string: parse it the way the
 * system emulator does (`qemu_opts_parse_noisily`), then check the ID and every entry.
 *
 * @module
 */

/** IDs seen so far in one command line, per list name (for `Duplicate ID`). */
export type IdRegistry = Map<string, Set<string>>;

/** The parsed argument and every finding, in the order QEMU would meet them. */
export interface QemuOptsCheck {
  /** The parse, for rules that look further at the entries. */
  parsed: ParsedOpts;
  /** Findings with spans in the argument's text. */
  diagnostics: SpanDiagnostic[];
  /** Whether QEMU reads the argument without error (checks made later aside). */
  clean: boolean;
}

/** Parses and checks `argument` of `option` against `list`; `ids` collects IDs. */
export function checkQemuOptsArgument(
  argument: string,
  option: OptionEntry,
  list: ParamList,
  ctx: LintContext,
  ids: IdRegistry,
): QemuOptsCheck {
  const parsed = parseQemuOpts(argument, {
    impliedKey: list.impliedKey,
    commandLine: true,
    helpStops: !list.acceptsAny,
    mergeLists: list.merge,
  });
  const diagnostics = [...parsed.diagnostics];
  const duplicate = duplicateId(parsed, list, ids);
  if (duplicate) diagnostics.push(duplicate);
  for (const entry of parsed.entries) appendAll(diagnostics, checkEntry(entry, list, ctx));
  // Keys that do not exist on this host were reported above; their values are not looked at.
  for (const entry of parsed.entries) appendAll(diagnostics, checkHostValues(entry, list, ctx));
  // QEMU reads these values after the whole set parsed cleanly; a merging list's values
  // are checked once all its uses are in (lint-invocation.ts, checkMergedValueSets).
  const clean = !parsed.help && !diagnostics.some((d) => d.severity === 'error');
  if (!list.merge && clean) {
    const params = presentParams(list, ctx);
    appendAll(diagnostics, checkValueSets(list.name, parsed.entries, params));
    const members = option.name === 'object' ? objectMembers(parsed, argument.length, ctx)
      : undefined;
    if (option.name === 'netdev') {
      appendAll(diagnostics, netdevMembers(parsed, argument.length, ctx));
    }
    if (option.name === 'nic' || option.name === 'net') {
      appendAll(diagnostics, netClientMembers(option.name, parsed, argument.length, ctx));
    }
    // The QAPI walk of -object covers qom-type and id in QEMU's order, where it applies.
    appendAll(diagnostics, members ??
      checkBackendOptions(list, parsed, argument.length, ctx.version, params,
        ctx.requestedVersion));
    if (option.name === 'virtfs' && !diagnostics.some((d) => d.severity === 'error')) {
      appendAll(diagnostics, virtfsFsdevId(parsed, ids));
    }
  }
  if (parsed.help) diagnostics.push(helpRequest(option, parsed.help));
  // QEMU prints no help for -drive: it hands the item to the block layer (drive-options.ts).
  else if (list.acceptsAny && list.name !== 'drive' && printsHelp(option.name, ctx)) {
    appendAll(diagnostics, anyListHelp(option, parsed));
  }
  return { parsed, diagnostics, clean };
}

/**
 * `-virtfs` makes an `-fsdev` named by its `id=` or else its `mount_tag` while QEMU reads it
 * (`vl.c`, 7.2 to 10.2): a name an earlier `-fsdev` or `-virtfs` took, or that is not an
 * identifier, stops QEMU with `duplicate or invalid fsdev id: TAG`. A later `-fsdev` with the
 * name is a `Duplicate ID … for fsdev`, so the name is recorded.
 */
function virtfsFsdevId(parsed: ParsedOpts, ids: IdRegistry): SpanDiagnostic[] {
  const tag = parsed.entries.filter((e) => e.key === 'mount_tag').pop();
  if (tag === undefined) return [];
  const name = parsed.id?.value ?? tag.value;
  let seen = ids.get('fsdev');
  if (seen === undefined) ids.set('fsdev', (seen = new Set()));
  if (/^[A-Za-z][A-Za-z0-9._-]*$/.test(name) && !seen.has(name)) {
    seen.add(name);
    return [];
  }
  return [{ code: 'duplicate-id', severity: 'error',
    message: `duplicate or invalid fsdev id: ${tag.value}`,
    hint: 'each -virtfs names an fsdev after its id= or mount_tag, which must be an unused ' +
      'identifier', span: (parsed.id ?? { span: tag.valueSpan ?? tag.itemSpan }).span }];
}

/** The parameters of `list` that the chosen build has. */
export function presentParams(list: ParamList, ctx: LintContext): ParamList['params'] {
  return list.params.filter((p) => isPresent(presenceOf(ctx, p.versions, p.condition)));
}

/** `Duplicate ID 'x' for list`, when a well-formed ID was used before in the same list. */
function duplicateId(
  parsed: ParsedOpts,
  list: ParamList,
  ids: IdRegistry,
): SpanDiagnostic | undefined {
  const id = parsed.id;
  if (id === undefined || list.merge || !/^[A-Za-z][A-Za-z0-9._-]*$/.test(id.value))
    return undefined;
  let seen = ids.get(list.name);
  if (seen === undefined) ids.set(list.name, (seen = new Set()));
  if (!seen.has(id.value)) {
    seen.add(id.value);
    return undefined;
  }
  return {
    code: 'duplicate-id',
    severity: 'error',
    message: `Duplicate ID '${id.value}' for ${list.name}`,
    span: id.span,
  };
}

/** The info for a `help`/`?` flag in a list with descriptors: QEMU lists them, exits 1. */
function helpRequest(option: OptionEntry, span: { start: number; end: number }): SpanDiagnostic {
  return {
    code: 'help-request',
    severity: 'info',
    message: `QEMU prints the parameters of -${option.name} and exits with status 1`,
    span,
  };
}

/**
 * Options whose code never looks for a `help` flag (QEMU 7.2 to 10.2): `-accel tcg,help`
 * sets a property `help` on the accelerator (`Property 'tcg-accel.help' not found`), and
 * `-smbios` checks `help` against the fields of its type like any other key; `-nic` and `-net`
 * read it as a `Netdev` member (`Invalid parameter 'help'`).
 */
const NO_FLAG_HELP = new Set(['accel', 'smbios', 'nic', 'net']);

/**
 * Whether QEMU prints help for a help word in `-nic`/`-net`: `-nic help` since 10.0 (7.2
 * reads `help` as an unknown type, net-client-members.ts), never a `help` flag nor `-net`;
 * `-acpitable` never does (`help` is its table file, or a key it lacks).
 */
function printsHelp(name: string, ctx: LintContext): boolean {
  if (name === 'net' || name === 'acpitable') return false;
  return name !== 'nic' || compareVersions(ctx.requestedVersion, '8.0') >= 0;
}

/**
 * In a list that accepts anything, `help` is stored like any key (spec 1.6) and the option's
 * own code prints its help and exits: as the implied value (`-device help`) or as a flag.
 */
function anyListHelp(option: OptionEntry, parsed: ParsedOpts): SpanDiagnostic[] {
  const flagHelps = !NO_FLAG_HELP.has(option.name);
  const help = parsed.entries.find(
    (e) =>
      (e.form === 'implied' && (e.value === 'help' || e.value === '?')) ||
      (flagHelps && e.form === 'flag' && (e.key === 'help' || e.key === '?') && !e.negated),
  );
  if (help === undefined) return [];
  return [
    {
      code: 'help-request',
      severity: 'info',
      message: `QEMU prints help for -${option.name} and exits instead of starting a guest`,
      span: help.itemSpan,
    },
  ];
}

/**
 * `-object TYPE,…` (not JSON): QEMU reads the QemuOpts with its options visitor into
 * `ObjectOptions` while it handles the option (`object_option_parse`), so member types,
 * enum values, required members and unknown keys are parse-time errors. Undefined when the
 * QAPI facts do not cover the release (the caller then checks only qom-type and id).
 */
function objectMembers(parsed: ParsedOpts, length: number, ctx: LintContext):
    SpanDiagnostic[] | undefined {
  const root = qapiRootOf('object');
  const help = (text: string | undefined) => text === 'help' || text === '?';
  if (root === undefined || releasesFor(ctx.requestedVersion, BUILTIN_QAPI_TYPES.releases)
    .length === 0) return undefined;
  const type = parsed.entries.filter((e) => e.key === 'qom-type').pop();
  if (parsed.help || help(type?.value) || parsed.entries.some((e) => help(e.key))) return [];
  const whole = { start: 0, end: length };
  const finding = agreedFinding(ctx, BUILTIN_QAPI_TYPES,
    (view) => visitQapiOpts(view, root, parsed, whole));
  if (finding === undefined) return [];
  const d: SpanDiagnostic = { code: finding.code, severity: 'error', message: finding.message,
    span: finding.span };
  if (finding.hint) d.hint = finding.hint;
  return [d];
}

/**
 * `-netdev TYPE,…` (QemuOpts form): after reading every option, QEMU reads each with its
 * options visitor into `Netdev` (`net_client_init`), so these findings are late
 * (`netdev-member`). A `ipv6-net` member, which QEMU rewrites first, is not judged.
 */
function netdevMembers(parsed: ParsedOpts, length: number, ctx: LintContext):
    SpanDiagnostic[] {
  const root = qapiRootOf('netdev');
  const help = (text: string | undefined) => text === 'help' || text === '?';
  const type = parsed.entries.filter((e) => e.key === 'type').pop();
  if (root === undefined || parsed.help || type === undefined || help(type.value) ||
    parsed.id === undefined || parsed.entries.some((e) => help(e.key) || e.key === 'ipv6-net')) {
    return [];
  }
  const whole = { start: 0, end: length };
  const finding = agreedFinding(ctx, BUILTIN_QAPI_TYPES,
    (view) => visitQapiOpts(view, root, parsed, whole));
  if (finding === undefined) return slirpFindings(parsed.entries, whole);
  const d: SpanDiagnostic = { code: 'netdev-member', severity: 'error',
    message: finding.message, span: finding.span };
  if (finding.hint) d.hint = finding.hint;
  return [d];
}
