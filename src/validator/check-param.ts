import type { SpanDiagnostic, Span } from '../diagnostics/diagnostic.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import type { Param, ParamList } from '../catalog/types.js';
import { parseBool } from '../model/values/parse-bool.js';
import { parseNumber } from '../model/values/parse-number.js';
import { parseSize } from '../model/values/parse-size.js';
import type { ValueResult } from '../model/values/value-result.js';
import { eventRelease, presenceOf, isPresent, uncertainText } from './availability.js';
import { closestName } from './did-you-mean.js';
import { describeHosts } from './host-names.js';
import type { LintContext } from './lint-context.js';

/**
 * Checking one `key=value` entry of a QemuOpts string against its parameter list (spec
 * 1.10 and section 2): the key must exist in the chosen build, the value must convert.
 *
 * @module
 */

/** The span a problem with an entry's value is shown on. */
function valueSpan(entry: OptsEntry): Span {
  return entry.valueSpan ?? entry.itemSpan;
}

/** The span a problem with an entry's key is shown on. */
function keySpan(entry: OptsEntry): Span {
  return entry.keySpan ?? entry.itemSpan;
}

/** The diagnostics for `entry` in `list`; empty when QEMU accepts it. */
export function checkEntry(entry: OptsEntry, list: ParamList, ctx: LintContext): SpanDiagnostic[] {
  if (list.acceptsAny) return [];
  const param = paramFor(list, entry.key, ctx);
  if (param === undefined) return [unknownKey(entry, list, ctx)];
  const presence = presenceOf(ctx, param.versions, param.condition);
  const invalid = (code: string, hint: string): SpanDiagnostic[] => [
    {
      code,
      severity: 'error',
      message: `Invalid parameter '${entry.key}'`,
      hint,
      span: keySpan(entry),
    },
  ];
  switch (presence.kind) {
    case 'not-yet':
      return invalid('not-in-version', `'${entry.key}' was added ${eventRelease(presence)}`);
    case 'removed':
      return invalid('removed', `'${entry.key}' was removed ${eventRelease(presence)}`);
    case 'not-on-host':
      return invalid(
        'not-on-host',
        `'${entry.key}' exists only on ${describeHosts(presence.condition)} builds`,
      );
  }
  const found: SpanDiagnostic[] = [];
  if (presence.kind === 'deprecated') found.push(deprecatedKey(entry, presence.since));
  if (presence.kind === 'uncertain') {
    found.push({
      code: 'version-uncertain',
      severity: 'info',
      message: uncertainText(presence, uncertainName(entry, list, param), ctx.version),
      span: keySpan(entry),
    });
  }
  return [...found, ...valueFindings(entry, list, param, presence.kind === 'uncertain', ctx)];
}

/** How an uncertain parameter is named: with its type when the key changed type. */
function uncertainName(entry: OptsEntry, list: ParamList, param: Param): string {
  const retyped = list.params.some((p) => p !== param && p.name === param.name);
  return `Parameter '${entry.key}'` + (retyped ? ` (as a ${param.type})` : '');
}

/**
 * The value check of `entry` against `param`. When the release is uncertain for `param` and
 * the list has other uncertain descriptors of the key (a type change at an unknown release),
 * a value that one of them accepts passes.
 */
function valueFindings(
  entry: OptsEntry,
  list: ParamList,
  param: Param,
  uncertain: boolean,
  ctx: LintContext,
): SpanDiagnostic[] {
  const own = checkValue(entry, param, ctx);
  if (!uncertain || own.length === 0) return own;
  const others = list.params.filter(
    (p) =>
      p !== param &&
      p.name === entry.key &&
      presenceOf(ctx, p.versions, p.condition).kind === 'uncertain',
  );
  return others.some((p) => checkValue(entry, p, ctx).length === 0) ? [] : own;
}

/**
 * The descriptor of `key` for the chosen release. A list may describe one key twice when its
 * type changed between releases (`-overcommit mem-lock`: bool before 10.0, string since);
 * the one present in the release wins, else the first, which then reports why it is absent.
 */
export function paramFor(list: ParamList, key: string, ctx: LintContext): Param | undefined {
  const candidates = list.params.filter((p) => p.name === key);
  const kinds = candidates.map((p) => presenceOf(ctx, p.versions, p.condition).kind);
  const sure = candidates.find((_, i) => kinds[i] === 'present' || kinds[i] === 'deprecated');
  return sure ?? candidates.find((_, i) => kinds[i] === 'uncertain') ?? candidates[0];
}

/** `Invalid parameter 'x'` for a key the list does not have, with a suggestion. */
function unknownKey(entry: OptsEntry, list: ParamList, ctx: LintContext): SpanDiagnostic {
  const diagnostic: SpanDiagnostic = {
    code: entry.key === '' ? 'empty-key' : 'invalid-parameter',
    severity: 'error',
    message: `Invalid parameter '${entry.key}'`,
    span: keySpan(entry),
  };
  const present = list.params.filter((p) => isPresent(presenceOf(ctx, p.versions, p.condition)));
  const typed = entry.negated ? `no${entry.key}` : entry.key;
  if (entry.key === '') {
    diagnostic.hint = 'an empty key comes from a stray comma (a ,, where a key is expected)';
  } else if (entry.negated && present.some((p) => p.name === typed)) {
    // `notify` is `tify=off` (spec 1.5): say so, since the message names a key never typed.
    diagnostic.code = 'no-prefix-flag';
    diagnostic.hint = `QEMU reads '${typed}' as '${entry.key}=off'; write ${typed}=on`;
    const edit = { ...entry.itemSpan, newText: `${typed}=on` };
    diagnostic.fix = { description: `write ${typed}=on`, edits: [edit] };
  } else {
    const guess = closestName(
      entry.key,
      present.map((p) => p.name),
    );
    if (guess !== undefined) diagnostic.hint = `did you mean '${guess}'?`;
  }
  return diagnostic;
}

/** A warning for a parameter that is deprecated in the chosen release. */
function deprecatedKey(entry: OptsEntry, since: string): SpanDiagnostic {
  return {
    code: 'deprecated',
    severity: 'warning',
    message: `Parameter '${entry.key}' is deprecated since QEMU ${since}`,
    span: keySpan(entry),
  };
}

/** Converts the value by the parameter's type. */
function checkValue(entry: OptsEntry, param: Param, ctx: LintContext): SpanDiagnostic[] {
  const result = convert(entry, param, ctx);
  const span = valueSpan(entry);
  if (!result.ok) {
    const error: SpanDiagnostic = {
      code: result.code,
      severity: 'error',
      message: result.message,
      span,
    };
    if (result.hint !== undefined) error.hint = result.hint;
    return [error];
  }
  return result.warning ? [{ ...result.warning, severity: 'warning', span }] : [];
}

/**
 * Values that parse but that QEMU refuses on the chosen host (`exit-with-parent=on` on
 * NetBSD). QEMU acts on them after the whole set parsed, so callers run this second.
 */
export function checkHostValues(
  entry: OptsEntry,
  list: ParamList,
  ctx: LintContext,
): SpanDiagnostic[] {
  const param = paramFor(list, entry.key, ctx);
  if (param?.hostRestrictedValues === undefined) return [];
  const result = convert(entry, param, ctx);
  if (!result.ok) return [];
  const canonical = typeof result.value === 'boolean' ? (result.value ? 'on' : 'off') : entry.value;
  const found: SpanDiagnostic[] = [];
  for (const restricted of param.hostRestrictedValues) {
    if (restricted.values.includes(canonical) && ctx.holds(restricted.condition) === false) {
      found.push({
        code: 'not-on-host',
        severity: 'error',
        message: restricted.message,
        hint: `${param.name}=${canonical} works only on ${describeHosts(restricted.condition)}`,
        span: valueSpan(entry),
      });
    }
  }
  return found;
}

/** The typed value of an entry, or QEMU's error for it. */
function convert(entry: OptsEntry, param: Param, ctx: LintContext): ValueResult<unknown> {
  switch (param.type) {
    case 'bool':
      return parseBool(entry.key, entry.value, ctx.version);
    case 'number':
      return parseNumber(entry.key, entry.value);
    case 'size':
      return parseSize(entry.key, entry.value, { qemuVersion: ctx.version });
    case 'string':
      return { ok: true, value: entry.value };
  }
}
