import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry, ParsedOpts } from '../model/qemu-opts-result.js';
import type { JsonNode } from '../model/parse-json-arg.js';
import { slirpUserError } from './slirp-user.js';
import { parseMacAddress } from './mac-address.js';
import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import { compareVersions } from '../catalog/versions.js';
import type { LintContext } from './lint-context.js';
import { agreedFinding, qapiRootOf } from './qapi-arguments.js';
import { visitQapiOpts } from './qapi-opts-visit.js';

/**
 * `-nic` and `-net` parameters. Their lists take any key while QEMU reads the option; after
 * reading every option, QEMU creates the network backends (`net_init_clients` in
 * `net/net.c`) and reads each `-nic`/`-net` with its options visitor into `Netdev`, as it
 * reads a QemuOpts `-netdev` (`net_client_init`), so these findings are late
 * (`netdev-member`):
 *
 * - `-nic` (`net_param_nic`): `type=none` creates nothing; the type defaults to `user`;
 *   `model=` and `mac=` are taken out first; an ID is made when there is none. A `nic` type
 *   is `not compiled into this binary`. Since 10.0 `-nic help` (type `help`) lists the
 *   backends and exits; in 7.2 it is an unknown type like any other.
 * - `-net` (`net_init_client`): an ID is made when there is none; `none` still has its keys
 *   read, `hubport` is refused (`only supported with -netdev/-nic`). Since 10.0 a `model=help`
 *   skips the backend.
 *
 * A `ipv6-net` member, which QEMU rewrites first, is not judged, nor are the `stream` and
 * `dgram` types, whose `addr` QEMU's options visitor reads flat.
 * A `-nic` `mac=` (before the rest) and a `-net nic` `macaddr=` without `netdev=` (after the
 * rest) must read as a MAC address (mac-address.ts) with an even first byte.
 *
 * @module
 */

/** Types with a nested member (`addr`), which the options visitor reads flat: not judged. */
const NESTED_TYPES = new Set(['stream', 'dgram']);

/**
 * QEMU's error for the MAC address `entry` of a `-nic` (`mac=`, read before the rest) or a
 * `-net nic` (`macaddr=`, read when the NIC is made; its multicast message says more).
 */
function macError(entry: OptsEntry | undefined, legacy: boolean): SpanDiagnostic | undefined {
  if (entry === undefined) return undefined;
  const bytes = parseMacAddress(entry.value);
  const span = entry.valueSpan ?? entry.itemSpan;
  if (bytes === undefined) {
    return { code: 'netdev-member', severity: 'error',
      message: 'invalid syntax for ethernet address',
      hint: 'six hexadecimal bytes separated by colons: 52:54:00:12:34:56', span };
  }
  if ((bytes[0] & 1) === 0) return undefined;
  return { code: 'netdev-member', severity: 'error',
    message: legacy ? 'NIC cannot have multicast MAC address (odd 1st byte)'
      : 'NIC cannot have multicast MAC address',
    hint: 'the first byte must be even; QEMU\'s own prefix is 52:54:00', span };
}

/** Whether `text` is QEMU's help word. */
const isHelp = (text: string | undefined) => text === 'help' || text === '?';

/** The last entry of `key`, as `qemu_opt_get` reads it. */
const last = (parsed: ParsedOpts, key: string): OptsEntry | undefined =>
  parsed.entries.filter((e) => e.key === key).pop();

/** The late findings for `-nic` (`option` `nic`) or `-net` (`net`) read as `parsed`. */
export function netClientMembers(option: 'nic' | 'net', parsed: ParsedOpts, length: number,
  ctx: LintContext): SpanDiagnostic[] {
  const root = qapiRootOf('netdev');
  const whole = { start: 0, end: length };
  const type = last(parsed, 'type');
  if (root === undefined || parsed.help || parsed.entries.some((e) => e.key === 'ipv6-net') ||
    NESTED_TYPES.has(type?.value ?? '')) {
    return [];
  }
  const before8 = compareVersions(ctx.requestedVersion, '8.0') < 0;
  if (option === 'nic' && (type?.value === 'none' || (isHelp(type?.value) && !before8))) {
    return [];
  }
  if (option === 'net' && isHelp(last(parsed, 'model')?.value) && !before8) return [];
  const mac = option === 'nic' ? macError(last(parsed, 'mac'), false) : undefined;
  if (mac) return [mac];
  let entries = parsed.entries;
  if (option === 'nic') {
    entries = entries.filter((e) => e.key !== 'model' && e.key !== 'mac');
    if (type === undefined) entries = [...entries, { key: 'type', value: 'user', form: 'pair',
      itemSpan: whole }];
  }
  const read = { ...parsed, entries, id: parsed.id ?? { value: 'net0', span: whole } };
  const finding = agreedFinding(ctx, BUILTIN_QAPI_TYPES,
    (view) => visitQapiOpts(view, root, read, whole));
  if (finding !== undefined) {
    const d: SpanDiagnostic = { code: 'netdev-member', severity: 'error',
      message: finding.message, span: finding.span };
    if (finding.hint) d.hint = finding.hint;
    return [d];
  }
  if (type?.value !== 'nic' && type?.value !== 'hubport') return slirpFindings(entries, whole);
  if (option === 'net' && type?.value === 'nic' && last(parsed, 'netdev') === undefined) {
    const macaddr = macError(last(parsed, 'macaddr'), true);
    if (macaddr) return [macaddr];
  }
  const refused = option === 'nic' ? 'nic' : 'hubport';
  if (type?.value !== refused) return [];
  const message = option === 'nic'
    ? "network backend 'nic' is not compiled into this binary"
    : "network backend 'hubport' is only supported with -netdev/-nic";
  const span = type.valueSpan ?? type.itemSpan;
  return [{ code: 'netdev-member', severity: 'error', message, span }];
}

/**
 * The `user` backend checks QEMU makes when it creates it (slirp-user.ts) for a QemuOpts
 * `-netdev`, `-nic` or `-net` whose `entries` were read without error; `whole` is the
 * argument's span. Nothing for other types.
 */
export function slirpFindings(entries: readonly OptsEntry[], whole: Span): SpanDiagnostic[] {
  const values = new Map<string, string>();
  for (const e of entries) if (e.key !== 'hostfwd') values.set(e.key, e.value);
  if (values.get('type') !== 'user') return [];
  const rules = entries.filter((e) => e.key === 'hostfwd');
  const message = slirpUserError(values, rules.map((e) => e.value));
  if (message === undefined) return [];
  const rule = rules.find((e) => message.includes(`'${e.value}'`));
  const span = rule ? rule.valueSpan ?? rule.itemSpan : whole;
  return [{ code: 'netdev-member', severity: 'error', message, span }];
}

/** The same for a JSON `-netdev` object read without error. */
export function jsonSlirpFindings(json: JsonNode): SpanDiagnostic[] {
  if (json.kind !== 'object') return [];
  const values = new Map<string, string>();
  const rules: string[] = [];
  for (const [key, member] of json.members) {
    const v = member.value;
    if (key === 'hostfwd' && v.kind === 'array') {
      for (const el of v.elements) {
        const str = el.kind === 'object' ? el.members.get('str')?.value : undefined;
        // A rule we cannot read as a string makes the whole backend not judged.
        rules.push(str?.kind === 'string' ? str.value : '\u0000');
      }
    } else {
      values.set(key, v.kind === 'string' ? v.value : v.kind === 'boolean'
        ? (v.value ? 'on' : 'off') : v.kind === 'integer' ? String(v.value) : '\u0000');
    }
  }
  if (values.get('type') !== 'user' || rules.includes('\u0000')) return [];
  const message = slirpUserError(values, rules);
  if (message === undefined) return [];
  return [{ code: 'netdev-member', severity: 'error', message, span: json.span }];
}
