import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptionEntry, Param } from '../catalog/types.js';
import type { KeyvalObject } from '../model/keyval-tree.js';
import { parseJsonArg, type JsonNode } from '../model/parse-json-arg.js';
import { parseKeyval, type KeyvalParseOptions } from '../model/parse-keyval.js';
import { presentParams } from './check-qemu-opts.js';
import { compareVersions } from '../catalog/versions.js';
import type { LintContext } from './lint-context.js';
import { qapiFinding, qapiRootOf, releasesFor } from './qapi-arguments.js';
import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import { jsonValue, keyvalValue } from './qapi-values.js';
import type { VisitValue } from './qapi-visit.js';
import { audiodevSettings } from './audiodev-settings.js';
import { jsonSlirpFindings } from './net-client-members.js';
import {
  asError, jsonMemberFindings, keyvalMemberFindings, type MemberSpec,
} from './qapi-members.js';

/**
 * Checking an argument read by keyval (spec 3.1, 3.2) or, when it starts with `{`, by QEMU's
 * JSON parser (spec 3.3): syntax errors with QEMU's messages, then the members QEMU's
 * visitor reads while it handles the option, where the catalog or QEMU's schema says what
 * they are. Errors QEMU finds only when it creates the machine are checked later, on the
 * merged machine tree (`machine-tree.ts`).
 *
 * @module
 */

/** The result of checking one keyval or JSON argument. */
export interface KeyvalCheck {
  /** Findings, in the argument's offsets; at most one error, as QEMU stops at the first. */
  diagnostics: SpanDiagnostic[];
  /** The first `help`/`?` item, when QEMU prints help instead of going on. */
  help?: Span;
  /** The tree of a clean keyval argument (for the options that feed the machine). */
  tree?: KeyvalObject;
  /** The value of a clean JSON argument. */
  json?: JsonNode;
}

/** How an option without a catalog list reads its keyval argument (spec 3.4). */
interface KeyvalReading {
  /** The implied key. */
  impliedKey?: string;
  /** `any`: help anywhere; `whole`: only the whole argument `help`; `none`: never. */
  help: 'any' | 'whole' | 'none';
}

/** Per option, from spec 3.4, checked against QEMU 7.2. */
const READINGS: Record<string, KeyvalReading> = {
  machine: { impliedKey: 'type', help: 'any' },
  M: { impliedKey: 'type', help: 'any' },
  smp: { impliedKey: 'cpus', help: 'any' },
  boot: { impliedKey: 'order', help: 'any' },
  display: { impliedKey: 'type', help: 'whole' },
  blockdev: { impliedKey: 'driver', help: 'none' },
  audiodev: { impliedKey: 'driver', help: 'whole' },
  audio: { impliedKey: 'driver', help: 'any' },
  compat: { help: 'none' },
  netdev: { impliedKey: 'type', help: 'none' },
};

/** How QEMU reads `text` as keyval for `option`: its implied key and help support. */
export function keyvalOptionsFor(
  text: string,
  option: OptionEntry,
  ctx: LintContext,
): KeyvalParseOptions {
  const reading = READINGS[option.name] ?? { help: 'any' };
  const whole = text === 'help' || text === '?';
  return {
    impliedKey: ctx.list(option)?.impliedKey ?? reading.impliedKey,
    helpSupported: reading.help === 'any' || (reading.help === 'whole' && whole),
  };
}

/** Parses and checks `text`, the argument of a keyval or JSON-or-keyval `option`. */
export function checkKeyvalArgument(text: string, option: OptionEntry, ctx: LintContext):
    KeyvalCheck {
  if (text.startsWith('{') && option.syntax?.startsWith('json-or-')) {
    return checkJsonArgument(text, option, ctx);
  }
  const parsed = parseKeyval(text, keyvalOptionsFor(text, option, ctx));
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  if (parsed.help.length > 0) return { diagnostics: [], help: parsed.help[0] };
  const where = { start: 0, end: text.length };
  const qapi = qapiDiagnostics(option.name, keyvalValue(parsed.root, where), 'keyval', ctx);
  if (qapi) return { diagnostics: qapi, tree: qapi.length === 0 ? parsed.root : undefined };
  const rules = parseTimeMembers(option, ctx);
  if (rules && !parsed.root.members.has(rules[0].name)) return { diagnostics: [missing(rules, text)] };
  const first = rules ? keyvalMemberFindings(parsed.root, { members: rules, closed: false,
    prefix: '' }, where)[0] : undefined;
  return { diagnostics: first ? [asError(first)] : [], tree: parsed.root };
}

/** A JSON argument: QEMU's JSON syntax, then the member types QEMU's visitor checks. */
function checkJsonArgument(text: string, option: OptionEntry, ctx: LintContext): KeyvalCheck {
  const parsed = parseJsonArg(text);
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  const qapi = qapiDiagnostics(option.name, jsonValue(parsed.value), 'json', ctx);
  if (qapi && qapi.length > 0) return { diagnostics: qapi };
  // A JSON -netdev's user backend, checked when QEMU creates it (late: netdev-member).
  if (qapi && option.name === 'netdev') {
    return { diagnostics: jsonSlirpFindings(parsed.value), json: parsed.value };
  }
  if (qapi) return { diagnostics: [], json: parsed.value };
  // LIMITATION(#4): the properties of JSON -device arguments (device types) are not in the
  // catalog, so only the JSON syntax of those is checked.
  const rules = parseTimeMembers(option, ctx);
  if (rules === undefined) return { diagnostics: [], json: parsed.value };
  if (parsed.value.kind === 'object' && !parsed.value.members.has(rules[0].name)) {
    return { diagnostics: [missing(rules, text)] };
  }
  const first = jsonMemberFindings(parsed.value, rules)[0];
  return first ? { diagnostics: [asError(first)] } : { diagnostics: [], json: parsed.value };
}

/**
 * The findings of QEMU's visitor on an argument read as the option's QAPI type (at most
 * one error); undefined when the facts do not cover the option or the chosen release.
 */
function qapiDiagnostics(name: string, value: VisitValue, mode: 'keyval' | 'json',
  ctx: LintContext): SpanDiagnostic[] | undefined {
  const root = qapiRootOf(name);
  if (root === undefined || value.kind !== 'object') return undefined;
  const releases = releasesFor(ctx.requestedVersion, BUILTIN_QAPI_TYPES.releases);
  if (releases.length === 0) return undefined;
  const model = name === 'audio' ? value.members?.get('model') : undefined;
  if (name === 'audio') {
    const lacking = audioModelMissing(value, ctx);
    if (lacking) return [lacking];
    asAudiodev(value);
  }
  const finding = qapiFinding(root, value, mode, ctx);
  if (finding === undefined && model !== undefined) {
    const unknown = unknownSoundCard(model, ctx);
    if (unknown) return [unknown];
  }
  if (finding === undefined) return root === 'Audiodev' ? audiodevSettings(value) : [];
  const d: SpanDiagnostic = { code: finding.code, severity: 'error', message: finding.message,
    span: finding.span };
  if (finding.hint) d.hint = finding.hint;
  return [d];
}

/**
 * `-audio` (10.x, QEMU `vl.c`): QEMU takes `model` out and adds `id=audiodev0` when there
 * is no `id` before it reads the rest as an `Audiodev`.
 */
function asAudiodev(value: VisitValue): void {
  const members = new Map(value.members);
  members.delete('model');
  if (!members.has('id')) {
    members.set('id', { kind: 'string', text: 'audiodev0', span: value.span });
  }
  value.members = members;
}

/** Whether the release asked for is a 7.x one, whose `-audio` sources were read (7.2). */
const before8 = (ctx: LintContext) => compareVersions(ctx.requestedVersion, '8.0') < 0;

/**
 * `-audio` in 7.2 (`vl.c`): `model` is required, checked before the rest is read (10.x makes
 * it optional; the releases between are not judged).
 */
function audioModelMissing(value: VisitValue, ctx: LintContext): SpanDiagnostic | undefined {
  if (!before8(ctx) || value.members?.has('model')) return undefined;
  return { code: 'member-missing', severity: 'error', message: "Parameter 'model' is missing",
    hint: 'name the sound card: -audio DRIVER,model=hda (model=help lists them)',
    span: value.span };
}

/** Every sound card name a 7.2 build can register (`hw/audio/*.c`); others are unknown. */
const SOUND_CARDS = new Set(['ac97', 'adlib', 'cs4231a', 'es1370', 'gus', 'hda', 'sb16']);

/**
 * `-audio …,model=NAME` in 7.2 (`select_soundhw` in `hw/audio/soundhw.c`), once the rest was
 * read: a name no build registers is `Unknown sound card name `NAME'` (QEMU then lists the
 * names and exits). A name of the list that the target lacks is not judged.
 */
function unknownSoundCard(model: VisitValue, ctx: LintContext): SpanDiagnostic | undefined {
  const name = model.text;
  if (!before8(ctx) || model.kind !== 'string' || name === undefined) return undefined;
  if (SOUND_CARDS.has(name) || name === 'help' || name === '?') return undefined;
  return { code: 'invalid-value', severity: 'error',
    message: `Unknown sound card name \`${name}'`,
    hint: `sound cards: ${[...SOUND_CARDS].join(', ')} (as the target has them)`,
    span: model.span };
}

/** `Parameter 'driver' is missing`: the union's discriminator (the first member) is absent. */
function missing(rules: readonly MemberSpec[], text: string): SpanDiagnostic {
  const message = `Parameter '${rules[0].name}' is missing`;
  return { code: 'member-missing', severity: 'error', message,
    span: { start: 0, end: text.length } };
}

/**
 * `BlockdevOptions`' common members, in schema order (QEMU's `qapi/block-core.json`); the
 * driver-specific ones follow them and are not checked.
 */
const BLOCKDEV_MEMBERS: MemberSpec[] = [
  { name: 'driver', type: 'str' },
  { name: 'node-name', type: 'str' },
  { name: 'discard', type: 'str' },
  { name: 'cache', type: [{ name: 'direct', type: 'bool' }, { name: 'no-flush', type: 'bool' }] },
  { name: 'read-only', type: 'bool' },
  { name: 'auto-read-only', type: 'bool' },
  { name: 'force-share', type: 'bool' },
  { name: 'detect-zeroes', type: 'str' },
];

/**
 * The members QEMU reads while it handles `option` itself, leading with the union's
 * discriminator, for a release outside the QAPI facts' range (`qapi-arguments.ts` reads
 * the others). `-machine`, `-smp` and `-boot` are read later (`machine-tree.ts`).
 * (The -incoming channel form is read in `incoming-channel.ts`.)
 */
function parseTimeMembers(option: OptionEntry, ctx: LintContext): MemberSpec[] | undefined {
  if (option.name === 'blockdev') return BLOCKDEV_MEMBERS;
  if (option.name !== 'display') return undefined;
  const list = ctx.list(option);
  if (list === undefined) return undefined;
  // The display type comes first (the union's discriminator), then the common members.
  return presentParams(list, ctx).map((param) => {
    const member = memberOf(param);
    const absent = (param.hostRestrictedValues ?? [])
      .filter((r) => ctx.holds(r.condition) === false).flatMap((r) => r.values);
    if (member.values) member.values = member.values.filter((v) => !absent.includes(v));
    return member;
  });
}

/** A catalog parameter as a QAPI member. */
export function memberOf(param: Param): MemberSpec {
  const type = param.type === 'bool' ? 'bool' : param.type === 'number' ? 'int' : 'str';
  return param.values ? { name: param.name, type, values: param.values }
    : { name: param.name, type };
}
