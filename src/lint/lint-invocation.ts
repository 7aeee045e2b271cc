import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptionEntry } from '../catalog/types.js';
import { programNameNotes } from './program-name.js';
import { DEFAULT_TARGET, targetOfProgram } from '../catalog/targets.js';
import { firstSubstitution, wordRange, type SourceWord } from '../input/source-word.js';
import { wordEditInFile } from '../input/word-edit.js';
import { checkQemuOptsArgument, type IdRegistry } from '../validator/check-qemu-opts.js';
import { checkArgument } from '../validator/argument-checks.js';
import { bareSizeUnitFindings } from '../validator/bare-size-unit.js';
import { addValueFixes } from '../validator/value-fixes.js';
import { isGlobalShorthand } from '../validator/global-shorthand.js';
import { archOf, type LintContext } from '../validator/lint-context.js';
import { scanArgv, type ScannedOption, type WordDiagnostic } from '../validator/scan-argv.js';
import { checkOptionPresence } from './check-option.js';
import { ENTRY_RULES } from './rules/index.js';
import { checkKeyvalArgument } from '../validator/check-keyval.js';
import { MachineTree } from '../validator/machine-tree.js';
import { isModernNetdev } from '../validator/modern-netdev.js';
import { checkIncomingArgument } from '../validator/incoming-channel.js';
import { jsonStrings, type OptionUse } from './option-use.js';
import { checkMonitorLabel, monitorLabel } from '../validator/monitor-shorthand.js';
import { compatCharDriverError } from '../validator/compat-char-driver.js';
import { collectIds } from './command-line/collect-ids.js';
import { COMMAND_LINE_RULES } from './command-line/index.js';
import { appendAll } from '../util/append-all.js';
import { LINUX_MAX_ARG_STRLEN, utf8Length } from '../input/input-limits.js';

/**
 * Linting one QEMU invocation: its argv words with their source maps, against the chosen
 * build. The findings come back in file offsets, in the order QEMU would meet them.
 *
 * @module
 */

/** Lints `argv` (program word first); `target` overrides the program name's target. */
export function lintInvocation(
  argv: readonly SourceWord[],
  ctx: LintContext,
  target?: string,
): SpanDiagnostic[] {
  const words = argv.slice(1);
  const targetName = target ?? targetOfProgram(argv[0]?.text ?? '') ?? DEFAULT_TARGET;
  const arch = archOf(targetName);
  const opaque = new Set(words.flatMap((w, i) => (w.substitutions.length > 0 ? [i] : [])));
  const scan = scanArgv({
    words: words.map((w) => w.text),
    opaque,
    lookup: (name) => ctx.option(name),
    names: () => ctx.optionNames(),
  });
  const found: SpanDiagnostic[] = programNameNotes(argv[0], targetName, target);
  for (const d of scan.diagnostics) found.push(inFile(d, words));
  if (ctx.host === 'linux') appendAll(found, tooLongForLinux(argv));
  const ids: IdRegistry = new Map();
  const machine = new MachineTree();
  const uses: OptionUse[] = [];
  const monitors = { count: 0 };
  for (const item of scan.items) {
    if (item.kind === 'unchecked') {
      found.push(unchecked(words[item.word]));
      uses.push({ name: '', word: item.word, opaque: true });
    } else if (item.kind === 'image') found.push(diskImage(words[item.word]));
    else {
      const use: OptionUse = { name: item.entry.name, word: item.word };
      uses.push(use);
      appendAll(found, lintOption(item, words, ctx, arch, { ids, machine, use, monitors }));
    }
  }
  const facts = ctx.buildFacts(targetName);
  const input = { uses, ids: collectIds(uses), machine, ctx, ...(facts ? { facts } : {}) };
  for (const rule of Object.values(COMMAND_LINE_RULES)) {
    for (const d of rule(input)) found.push(inFile(d, words));
  }
  return found;
}

/**
 * A warning on each word Linux's `execve` refuses (`E2BIG`, "Argument list too long"):
 * {@link LINUX_MAX_ARG_STRLEN} bytes or more, its terminating NUL included.
 */
function tooLongForLinux(argv: readonly SourceWord[]): SpanDiagnostic[] {
  const found: SpanDiagnostic[] = [];
  for (const word of argv) {
    // A UTF-8 character takes at most three bytes per UTF-16 unit: shorter words pass.
    if (word.text.length * 3 < LINUX_MAX_ARG_STRLEN - 1) continue;
    const bytes = utf8Length(word.text);
    if (bytes + 1 <= LINUX_MAX_ARG_STRLEN) continue;
    found.push({ code: 'argument-too-long', severity: 'warning', span: word.span,
      message: `argument of ${bytes} bytes: Linux passes at most ` +
        `${LINUX_MAX_ARG_STRLEN - 1} bytes per argument, so the command fails with ` +
        "'Argument list too long'" });
  }
  return found;
}

/** What the options of one invocation share: IDs, the machine tree. */
interface SharedState {
  /** IDs seen so far. */
  ids: IdRegistry;
  /** How many monitors `-monitor`/`-qmp` made so far (their default IDs count them). */
  monitors: { count: number };
  /** The machine property tree (-machine, -smp, -boot). */
  machine: MachineTree;
  /** What the option being linted said, for the whole-command-line rules. */
  use: OptionUse;
}

/** Options whose keyval argument goes into the machine tree, and where. */
const MACHINE_INTO: Record<string, '' | 'smp' | 'boot'> = {
  machine: '',
  M: '',
  smp: 'smp',
  boot: 'boot',
};

/** The findings for one option and its argument. */
function lintOption(
  option: ScannedOption,
  words: readonly SourceWord[],
  ctx: LintContext,
  arch: string,
  shared: SharedState,
): SpanDiagnostic[] {
  const { ids, use } = shared;
  const presence = checkOptionPresence(option, words, ctx, arch);
  use.usable = presence.usable;
  if (!presence.usable || option.argument === undefined) return presence.diagnostics;
  const word = words[option.argument];
  const index = option.argument;
  use.argument = index;
  use.text = word.text;
  if (word.substitutions.length > 0) use.opaque = true;
  const monitor = MONITOR_SHORTHANDS.has(option.entry.name) && !use.opaque
    ? monitorShorthand(option.entry.name, word.text, shared, ctx) : undefined;
  if (monitor) {
    use.broken = true;
    return [...presence.diagnostics, inFile({ word: index, diagnostic: monitor }, words)];
  }
  const syntax = option.entry.syntax ?? 'plain';
  const keyval = syntax === 'keyval' || syntax === 'json-or-keyval' ||
    (syntax === 'json-or-qemu-opts' && word.text.startsWith('{')) ||
    (option.entry.name === 'netdev' && isModernNetdev(word.text, ctx));
  const vnc = option.entry.name === 'display' ? displayVnc(word.text, ctx) : undefined;
  const local = option.entry.name === 'incoming' ? checkIncomingArgument(word.text, ctx)
    : vnc
    ? vnc.diagnostics ?? shifted(lintArgument(vnc.entry!, word.text.slice(4), ctx, ids, {}), 4)
    : keyval
    ? lintKeyvalArgument(option.entry, word.text, ctx, index, shared)
    : lintArgument(option.entry, word.text, ctx, ids, use);
  const cut = firstSubstitution(word);
  const checked = cut === undefined ? local : local.filter((d) => d.span.end <= cut);
  const mapped = checked.map((d) => inFile({ word: option.argument!, diagnostic: d }, words));
  if (cut !== undefined) mapped.push(unchecked(word));
  return [...presence.diagnostics, ...mapped];
}

/** Options that make a `-mon` of their own (validator/monitor-shorthand.ts). */
const MONITOR_SHORTHANDS = new Set(['monitor', 'qmp', 'qmp-pretty']);

/** The parse-time error of `-monitor`/`-qmp` `text`, if any; counts the monitor it makes. */
function monitorShorthand(name: string, text: string, shared: SharedState, ctx: LintContext):
    SpanDiagnostic | undefined {
  const made = monitorLabel(name, text, shared.monitors.count);
  if (made === undefined) return undefined;
  // QEMU reads the short chardev form first, as a chardev named compat_monitorN: a -chardev
  // that took that name makes another error, not judged here.
  const taken = [...shared.ids.get('chardev') ?? []].some((id) => id === made.label);
  const driver = made.chardev || taken ? undefined
    : compatCharDriverError(text, ctx.requestedVersion);
  if (driver !== undefined) {
    // QEMU's last words, which end the run, follow the reason.
    return { code: 'monitor-char-driver', severity: 'error', message: `parse error: ${text}`,
      hint: driver, span: { start: 0, end: text.length } };
  }
  shared.monitors.count++;
  if (!made.chardev) {
    shared.ids.set('mon', (shared.ids.get('mon') ?? new Set()).add(made.label));
    return undefined;
  }
  return checkMonitorLabel(made.label, text.length, shared.ids);
}

/** The findings for an argument, in its own offsets, by the syntax the option reads. */
function lintArgument(
  option: OptionEntry,
  text: string,
  ctx: LintContext,
  ids: IdRegistry,
  use: Partial<OptionUse>,
): SpanDiagnostic[] {
  const syntax = option.syntax ?? 'plain';
  const list = ctx.list(option);
  if (syntax === 'plain') return checkArgument(option.name, text, undefined, ctx);
  if (list === undefined || (syntax !== 'qemu-opts' && syntax !== 'json-or-qemu-opts')) return [];
  if (option.name === 'global' && isGlobalShorthand(text)) return [];
  const check = checkQemuOptsArgument(text, option, list, ctx, ids);
  const found = check.diagnostics;
  use.parsed = check.parsed;
  use.broken = !check.clean;
  use.failed = check.clean && found.some((d) => d.severity === 'error');
  for (const entry of check.parsed.entries) {
    for (const rule of Object.values(ENTRY_RULES)) {
      appendAll(found, rule({ option, list, entry, argument: text, ctx }));
    }
  }
  appendAll(found, bareSizeUnitFindings(option.name, check.parsed));
  if (check.clean && !use.failed) {
    appendAll(found, checkArgument(option.name, text, check.parsed, ctx));
  }
  addValueFixes(check.parsed, list, found);
  return found;
}

/**
 * `-display vnc…` is not a display type (QEMU `parse_display`): `vnc=ARGS` is read as a
 * `-vnc ARGS`, anything else starting with `vnc` is an error. Undefined for other arguments.
 */
function displayVnc(
  text: string,
  ctx: LintContext,
): { entry?: OptionEntry; diagnostics?: SpanDiagnostic[] } | undefined {
  if (!text.startsWith('vnc')) return undefined;
  const entry = ctx.option('vnc');
  if (text[3] === '=') return entry ? { entry } : { diagnostics: [] };
  const message = 'VNC requires a display argument vnc=<display>';
  const span = { start: 0, end: text.length };
  return { diagnostics: [{ code: 'display-vnc-argument', severity: 'error', message, span }] };
}

/** Findings moved `by` characters to the right (fixes included). */
function shifted(found: SpanDiagnostic[], by: number): SpanDiagnostic[] {
  const move = <T extends { start: number; end: number }>(r: T): T =>
    ({ ...r, start: r.start + by, end: r.end + by });
  return found.map((d) => {
    const moved: SpanDiagnostic = { ...d, span: move(d.span) };
    if (d.fix) moved.fix = { ...d.fix, edits: d.fix.edits.map(move) };
    return moved;
  });
}

/**
 * The findings for a keyval or JSON argument (spec 3); the clean trees of `-machine`,
 * `-smp` and `-boot` go into `machine`, which QEMU reads after every option.
 */
function lintKeyvalArgument(
  option: OptionEntry,
  text: string,
  ctx: LintContext,
  word: number,
  shared: SharedState,
): SpanDiagnostic[] {
  const check = checkKeyvalArgument(text, option, ctx);
  const { machine, use } = shared;
  if (check.tree) use.tree = check.tree;
  else if (check.json) use.tree = jsonStrings(check.json);
  else use.broken = true;
  if (check.help) {
    return [
      {
        code: 'help-request',
        severity: 'info',
        message: `QEMU prints help for -${option.name} and exits instead of starting a guest`,
        span: check.help,
      },
    ];
  }
  const into = MACHINE_INTO[option.name];
  if (check.tree === undefined || into === undefined) return check.diagnostics;
  const clash = machine.add(check.tree, into, word, { start: 0, end: text.length });
  return clash ? [...check.diagnostics, clash] : check.diagnostics;
}

/** A word diagnostic moved into file offsets through the word's source map. */
function inFile(d: WordDiagnostic, words: readonly SourceWord[]): SpanDiagnostic {
  const word = words[d.word];
  const moved: SpanDiagnostic = { ...d.diagnostic, span: wordRange(word, d.diagnostic.span) };
  delete moved.fix;
  if (d.diagnostic.fix) {
    const edits = d.diagnostic.fix.edits.map((e) => wordEditInFile(word, e));
    // An edit that cannot be written safely (inside a substitution) leaves only the hint.
    if (edits.every((e) => e !== undefined)) {
      moved.fix = { description: d.diagnostic.fix.description, edits };
    }
  }
  return moved;
}

/** The info for a word whose value depends on a shell substitution. */
function unchecked(word: SourceWord): SpanDiagnostic {
  const sub = word.substitutions[0];
  const text = word.text.slice(sub.start, sub.end);
  return {
    code: 'unchecked-substitution',
    severity: 'info',
    message: `'${text}' is expanded by the shell; what follows from it is not checked`,
    span: wordRange(word, sub),
  };
}

/** The info for a word that is not an option: QEMU opens it as a disk image. */
function diskImage(word: SourceWord): SpanDiagnostic {
  return {
    code: 'disk-image-argument',
    severity: 'info',
    message: `QEMU uses '${word.text}' as a disk image (like -hda)`,
    span: word.span,
  };
}
