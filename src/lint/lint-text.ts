import type { Diagnostic, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { checkBuildSettings, QemuOptsUsageError, requireString } from '../api/usage-error.js';
import { BUILTIN_CATALOG } from '../catalog/builtin-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { readQemuInvocations } from '../input/qemu-commands.js';
import type { SplitMode } from '../input/shell-splitter.js';
import { plainWord, type SourceWord } from '../input/source-word.js';
import { SourceText } from '../model/source-text.js';
import { inputTooLong, MAX_INPUT_LENGTH } from '../input/input-limits.js';
import { LintContext, type LintSettings } from '../validator/lint-context.js';
import { lintInvocation } from './lint-invocation.js';
import { shellQuote } from './shell-quote.js';
import { appendAll } from '../util/append-all.js';

/**
 * Linting whole texts (a shell script, a libvirt `.args` file) and argvs: the library entry
 * points behind `qemu-opts lint`.
 *
 * @module
 */

/** What to lint against and how to read the text. */
export interface LintOptions extends LintSettings {
  /** The catalog to check against. Default: the built-in one. */
  catalog?: Catalog;
  /** The file name to put in diagnostics. Default `-` for texts, `<argv>` for argvs. */
  file?: string;
  /** `script` (default) for shell text, `args` for a libvirt `.args` file. */
  mode?: SplitMode;
}

/** A lint result: the diagnostics, and the text their positions refer to. */
export interface LintResult {
  /** Findings, sorted by position (stable: QEMU's order among equal positions). */
  diagnostics: Diagnostic[];
  /** The text that was checked (for an argv: the argv written as one shell line). */
  source: SourceText;
}

/**
 * Lints every QEMU command in `text` (a shell script or snippet, or a `.args` file). A text
 * beyond the input limits (16 Mi characters, a million words) gives one `input-too-large`
 * error and nothing else.
 *
 * @throws {QemuOptsUsageError} when called wrongly: a text or argv word that is not a string,
 *   or a `host`, `qemuVersion` or `target` option that is unknown or not a string. These are
 *   programmer mistakes; problems in the command line itself come back as diagnostics.
 * @since 0.1.0
 */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const { diagnostics, source } = lintCommands(text, options, Infinity, 'lintText');
  return { diagnostics, source };
}

/** A lint that may have stopped before the end of the text (see {@link lintTextUpTo}). */
export interface PartialLintResult extends LintResult {
  /**
   * Where checking stopped: the offset of the first command left unchecked. Absent when the
   * whole text was checked. `diagnostics` then holds every finding before this offset.
   */
  stoppedAt?: number;
}

/**
 * Lints the commands of `text` in order, like {@link lintText}, but stops after the command
 * that brings the findings to more than `maxFindings`, so a huge script with many findings
 * costs time in proportion to `maxFindings`, not to its length.
 *
 * @throws {QemuOptsUsageError} when called wrongly, as {@link lintText}.
 * @since 0.1.0
 */
export function lintTextUpTo(text: string, options: LintOptions, maxFindings: number):
    PartialLintResult {
  return lintCommands(text, options, maxFindings, 'lintTextUpTo');
}

/** Lints the commands of `text` until more than `maxFindings` come before a stop. */
function lintCommands(text: string, options: LintOptions, maxFindings: number,
  entryPoint: string): PartialLintResult {
  requireString(entryPoint, 'text', text);
  checkBuildSettings(entryPoint, options);
  const mode = options.mode;
  if (mode !== undefined && mode !== 'script' && mode !== 'args') {
    throw new QemuOptsUsageError(entryPoint, 'mode', mode, "'script' or 'args'");
  }
  const ctx = new LintContext(options.catalog ?? BUILTIN_CATALOG, options);
  const source = new SourceText(text);
  if (text.length > MAX_INPUT_LENGTH) {
    const refused = [inputTooLong(MAX_INPUT_LENGTH, text.length, 'characters')];
    return finish(refused, source, ctx, options.file ?? '-');
  }
  const read = readQemuInvocations(text, options.mode ?? 'script');
  // Beyond the word limit nothing is checked: findings on a part would mislead.
  const refused = read.diagnostics.filter((d) => d.code === 'input-too-large');
  if (refused.length > 0) return finish(refused, source, ctx, options.file ?? '-');
  const found: SpanDiagnostic[] = [...read.diagnostics];
  const crlf = mode === 'args' ? -1 : text.indexOf('\r\n');
  if (crlf >= 0) found.push(crlfWarning(crlf));
  // Shell findings and the CR LF warning may lie anywhere; count those before each stop.
  const early = found.map((d) => d.span.start).sort((a, b) => a - b);
  let counted = 0;
  let earlyBefore = 0;
  let stoppedAt: number | undefined;
  for (const [i, invocation] of read.invocations.entries()) {
    if (counted + earlyBefore > maxFindings) {
      stoppedAt = invocation.argv[0].span.start;
      break;
    }
    const own = lintInvocation(invocation.argv, ctx, options.target);
    appendAll(found, own);
    counted += own.length;
    const end = read.invocations[i + 1]?.argv[0].span.start ?? text.length;
    while (earlyBefore < early.length && early[earlyBefore] < end) earlyBefore++;
  }
  const kept = stoppedAt === undefined ? found : found.filter((d) => d.span.start < stoppedAt!);
  const result = finish(kept, source, ctx, options.file ?? '-');
  return stoppedAt === undefined ? result : { ...result, stoppedAt };
}

/**
 * The one warning for a script with CR LF line endings, at its first CR: sh takes a CR as
 * an ordinary character, so the last word of each line reaches QEMU with a CR at its end.
 */
function crlfWarning(at: number): SpanDiagnostic {
  return { code: 'crlf-line-ending', severity: 'warning', span: { start: at, end: at + 1 },
    message: 'the script has CR LF line endings: sh passes each CR on, ' +
      "as the last character of the line's last word" };
}

/**
 * Lints an argv as a program receives it (`["qemu-system-x86_64", "-m", "4G"]`). Positions
 * refer to the argv written as one shell-quoted line, which is what the text renderer shows.
 *
 * @throws {QemuOptsUsageError} when called wrongly: a text or argv word that is not a string,
 *   or a `host`, `qemuVersion` or `target` option that is unknown or not a string. These are
 *   programmer mistakes; problems in the command line itself come back as diagnostics.
 * @since 0.1.0
 */
export function lintArgv(argv: readonly string[], options: LintOptions = {}): LintResult {
  if (!Array.isArray(argv)) throw new QemuOptsUsageError('lintArgv', 'argv', argv, 'an array');
  argv.forEach((arg, i) => requireString('lintArgv', `argv[${i}]`, arg));
  checkBuildSettings('lintArgv', options);
  const ctx = new LintContext(options.catalog ?? BUILTIN_CATALOG, options);
  const { text, words } = argvAsText(argv);
  const found = words.length > 0 ? lintInvocation(words, ctx, options.target) : [];
  return finish(found, new SourceText(text), ctx, options.file ?? '<argv>');
}

/**
 * Lints one option and its argument, e.g. `lintOption('run-with', 'exit-with-parent=on')`.
 * Positions refer to the text `-OPTION ARGUMENT` (the argument starts after the space);
 * the target is `options.target` (default x86_64).
 *
 * @throws {QemuOptsUsageError} when called wrongly: a text or argv word that is not a string,
 *   or a `host`, `qemuVersion` or `target` option that is unknown or not a string. These are
 *   programmer mistakes; problems in the command line itself come back as diagnostics.
 * @since 0.1.0
 */
export function lintOption(name: string, argument?: string, options: LintOptions = {}): LintResult {
  requireString('lintOption', 'name', name);
  if (argument !== undefined) requireString('lintOption', 'argument', argument);
  checkBuildSettings('lintOption', options);
  const ctx = new LintContext(options.catalog ?? BUILTIN_CATALOG, options);
  const option = `-${name.replace(/^-+/, '')}`;
  const words = [plainWord('', 0), plainWord(option, 0)];
  if (argument !== undefined) words.push(plainWord(argument, option.length + 1));
  const text = argument === undefined ? option : `${option} ${argument}`;
  const found = lintInvocation(words, ctx, options.target);
  return finish(found, new SourceText(text), ctx, options.file ?? '<option>');
}

/** `argv` written as one shell line, with each word's source map into it. */
export function argvAsText(argv: readonly string[]): { text: string; words: SourceWord[] } {
  let text = '';
  const words: SourceWord[] = [];
  for (const arg of argv) {
    if (text !== '') text += ' ';
    const quoted = shellQuote(arg);
    words.push(quoted === arg ? plainWord(arg, text.length) : quotedWord(arg, quoted, text.length));
    text += quoted;
  }
  return { text, words };
}

/** The source map of `arg` written as `quoted` (single quotes, `'\''` for a quote) at `at`. */
function quotedWord(arg: string, quoted: string, at: number): SourceWord {
  const offsets: number[] = [];
  let pos = at + 1;
  for (const ch of arg) {
    if (ch === "'") {
      offsets.push(pos + 2);
      pos += 4;
    } else {
      for (let k = 0; k < ch.length; k++) offsets.push(pos + k);
      pos += ch.length;
    }
  }
  offsets.push(at + quoted.length);
  return { text: arg, offsets, span: { start: at, end: at + quoted.length }, substitutions: [] };
}

/** Adds the version note, converts spans to positions and sorts. */
function finish(
  found: SpanDiagnostic[],
  source: SourceText,
  ctx: LintContext,
  file: string,
): LintResult {
  if (ctx.versionApproximated) {
    found.unshift({
      code: 'version-approximated',
      severity: 'info',
      message:
        `the catalog does not know QEMU ${ctx.requestedVersion}; ` +
        `checking against QEMU ${ctx.version}, the nearest release it knows`,
      span: { start: 0, end: 0 },
    });
  }
  if (hasNoParamLists(ctx.catalog)) {
    found.unshift({
      code: 'parameters-unchecked',
      severity: 'info',
      message:
        'the catalog has no parameter lists (a catalog imported from qemu-options.hx); ' +
        'option arguments are not checked',
      span: { start: 0, end: 0 },
    });
  }
  const diagnostics = found
    .map((d, i) => ({ d: toDiagnostic(d, source, file), i }))
    .sort((a, b) => a.d.start.offset - b.d.start.offset || a.i - b.i)
    .map((x) => x.d);
  return { diagnostics, source };
}

/**
 * Whether the catalog knows options but no parameter list (an import of qemu-options.hx,
 * which declares none): then no option argument is checked, and the user is told once.
 */
function hasNoParamLists(catalog: Catalog): boolean {
  return catalog.entries.length > 0 && Object.keys(catalog.lists).length === 0;
}

/** A span diagnostic located in `file`. */
function toDiagnostic(d: SpanDiagnostic, source: SourceText, file: string): Diagnostic {
  const out: Diagnostic = {
    file,
    start: source.positionAt(d.span.start),
    end: source.positionAt(d.span.end),
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
  if (d.hint !== undefined) out.hint = d.hint;
  if (d.fix !== undefined) out.fix = d.fix;
  return out;
}
