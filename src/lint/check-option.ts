import type { Fix, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptionEntry, Replacement } from '../catalog/types.js';
import { archesInclude } from '../catalog/arches.js';
import { targetsOfArch } from '../catalog/targets.js';
import { wordRange, type SourceWord } from '../input/source-word.js';
import {
  eventRelease,
  presenceOf,
  uncertainText,
  type Presence,
} from '../validator/availability.js';
import { describeHosts } from '../validator/host-names.js';
import type { LintContext } from '../validator/lint-context.js';
import type { ScannedOption } from '../validator/scan-argv.js';
import { shellQuote } from './shell-quote.js';

/**
 * Whether an option word names an option of the chosen build: release, host and target
 * (spec 1.13 and 4.3), with the documented replacement as a fix for deprecated and removed
 * options.
 *
 * @module
 */

/**
 * The findings on `option` (spans in file offsets) and whether QEMU gets as far as reading
 * its argument.
 */
export function checkOptionPresence(
  option: ScannedOption,
  words: readonly SourceWord[],
  ctx: LintContext,
  arch: string,
): { diagnostics: SpanDiagnostic[]; usable: boolean } {
  const entry = option.entry;
  const word = words[option.word];
  const span = word.span;
  const presence = presenceOf(ctx, entry.versions, entry.condition, entry.conditionHistory);
  const fix = replacementFix(entry, option, words);
  const invalid = (code: string, hint: string): SpanDiagnostic => {
    const d: SpanDiagnostic = { code, severity: 'error', message: 'invalid option', hint, span };
    if (fix && code === 'removed') d.fix = fix;
    return d;
  };
  const dash = `-${entry.name}`;
  const fail = notPresent(presence, dash, entry);
  if (fail) return { diagnostics: [invalid(fail.code, fail.hint)], usable: false };
  if (!archesInclude(entry.arches, arch)) {
    const targets = entry.arches.flatMap((a) => targetsOfArch(a));
    const hint = `${dash} exists only for ${targets.join(', ')} targets`;
    const d: SpanDiagnostic = {
      code: 'option-not-for-target',
      severity: 'error',
      message: 'Option not supported for this target',
      hint,
      span,
    };
    return { diagnostics: [d], usable: false };
  }
  const found: SpanDiagnostic[] = [];
  if (presence.kind === 'uncertain') {
    found.push({
      code: 'version-uncertain',
      severity: 'info',
      message: uncertainText(presence, dash, ctx.version),
      span,
    });
  }
  if (presence.kind === 'deprecated') {
    const d: SpanDiagnostic = {
      code: 'deprecated',
      severity: 'warning',
      // QEMU's own warning where it prints one, so that it can be searched for.
      message: entry.versions?.warning ?? `${dash} is deprecated since QEMU ${presence.since}`,
      span,
    };
    const use = entry.versions?.replacement?.text;
    const since = `${dash} is deprecated since QEMU ${presence.since}`;
    if (entry.versions?.warning !== undefined) d.hint = use ? `${since}; use ${use}` : since;
    else if (use) d.hint = `use ${use} instead`;
    if (fix) d.fix = fix;
    found.push(d);
  }
  if (entry.name === 'help' || entry.name === 'version') {
    found.push({
      code: 'help-request',
      severity: 'info',
      message: `QEMU prints its ${entry.name === 'help' ? 'help' : 'version'} and exits`,
      span: wordRange(word, { start: 0, end: word.text.length }),
    });
  }
  return { diagnostics: found, usable: true };
}

/** The code and hint for an option the build lacks, or undefined when it has it. */
function notPresent(
  presence: Presence,
  dash: string,
  entry: OptionEntry,
): { code: string; hint: string } | undefined {
  switch (presence.kind) {
    case 'not-yet':
      return { code: 'not-in-version', hint: `${dash} was added ${eventRelease(presence)}` };
    case 'removed': {
      const use = entry.versions?.replacement?.text;
      const hint = `${dash} was removed ${eventRelease(presence)}` + (use ? `; use ${use}` : '');
      return { code: 'removed', hint };
    }
    case 'not-on-host':
      return {
        code: 'not-on-host',
        hint: `${dash} exists only on ${describeHosts(presence.condition)} builds`,
      };
    default:
      return undefined;
  }
}

/** The documented rewrite of a deprecated or removed option as a fix, when there is one. */
function replacementFix(
  entry: OptionEntry,
  option: ScannedOption,
  words: readonly SourceWord[],
): Fix | undefined {
  const replacement: Replacement | undefined = entry.versions?.replacement;
  if (!replacement?.argv) return undefined;
  if (entry.hasArg && option.argument === undefined) return undefined;
  const arg = option.argument === undefined ? '' : words[option.argument].text;
  const last = words[option.argument ?? option.word];
  if (words[option.word].substitutions.length > 0 || last.substitutions.length > 0)
    return undefined;
  const newWords = replacement.argv.map((w) => substitute(w, arg));
  const start = words[option.word].span.start;
  const newText = newWords.map(shellQuote).join(' ');
  return {
    description: `use ${newWords.join(' ')}`,
    edits: [{ start, end: last.span.end, newText }],
  };
}

/** `{arg}` in `template` replaced by `arg`; after a `=` (inside QemuOpts) commas are doubled. */
function substitute(template: string, arg: string): string {
  const at = template.indexOf('{arg}');
  if (at < 0) return template;
  const inValue = template.lastIndexOf('=', at) >= 0;
  const value = inValue ? arg.replace(/,/g, ',,') : arg;
  return template.slice(0, at) + value + template.slice(at + 5);
}
