import { LintContext } from '../../validator/lint-context.js';
import { optionName } from '../../validator/scan-argv.js';
import { DEFAULT_TARGET } from '../../catalog/targets.js';
import { isUsageError, loadCatalog, parseCommandLine } from '../build-options.js';
import type { CliIo } from '../io.js';
import {
  parseOptionArgument,
  type ParseEntry,
  type ParseRange,
  type ParseResult,
} from '../parse-result.js';
import { visibleControls } from '../../diagnostics/visible-controls.js';

/**
 * `qemu-opts parse OPTION STRING`: how QEMU reads STRING as the argument of -OPTION, as a
 * table (`--format text`) or as JSON (`--format json`, `schemas/parse-result.schema.json`).
 *
 * @module
 */

const USAGE = `usage: qemu-opts parse [OPTIONS] OPTION STRING

Prints how QEMU reads STRING as the argument of -OPTION: the syntax (QemuOpts, keyval or
JSON), each entry with its value after unescaping, where it is in STRING and how it was
written, the id, a help request, the values converted by their types, and the findings.
Exit status: 0 no error, 1 STRING (or OPTION) has an error, 2 usage.

Options:
  --format text|json   output format (default: text)
  --host HOST          linux, freebsd, darwin, netbsd, openbsd, windows or emscripten
                       (default: this machine)
  --qemu-version X.Y   the QEMU release (default: the newest known)
  --target ARCH        x86_64, aarch64, ... (default: x86_64)
  --catalog FILE       use this catalog JSON (or qemu-options.hx) instead of the built-in one
`;

/** Runs `qemu-opts parse`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(args, ['format'], ['help'], true);
  if (isUsageError(parsed)) return usageError(parsed.usage, io);
  if (parsed.flags.has('help')) {
    io.stdout(USAGE);
    return 0;
  }
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    return usageError(`unknown format '${format}' (text or json)`, io);
  }
  const words = [...parsed.operands, ...(parsed.afterDashDash ?? [])];
  if (words.length !== 2) return usageError('give an OPTION and one STRING', io);
  const catalog = await loadCatalog(parsed.catalogFile, io);
  if (catalog === undefined) return 2;
  const ctx = new LintContext(catalog, parsed.settings);
  const [word, argument] = words;
  const name = word.startsWith('-') ? optionName(word) : word;
  const target = parsed.settings.target ?? DEFAULT_TARGET;
  const result = parseOptionArgument(name, argument, ctx, target);
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderText(result));
  return result.hasError ? 1 : 0;
}

/** The syntax as people call it. */
const SYNTAX_NAMES: Record<ParseResult['syntax'], string> = {
  'qemu-opts': 'QemuOpts',
  keyval: 'keyval',
  json: 'JSON',
  plain: 'plain (no parameter list; the option reads STRING itself)',
  none: 'none (QEMU does not read STRING as this option\'s argument)',
};

/** `12-15` (1-based, inclusive) for a range; an empty range shows its column alone. */
function columns(r: ParseRange): string {
  const last = Math.max(r.start.column, r.end.column - 1);
  return r.end.offset > r.start.offset ? `${r.start.column}-${last}` : `${r.start.column}`;
}

/** `column 3` or `columns 3-7`, for a range named in a sentence. */
function atColumns(r: ParseRange): string {
  const text = columns(r);
  return text.includes('-') ? `columns ${text}` : `column ${text}`;
}

/** `[0,4)` offsets for a range. */
function offsets(r: ParseRange): string {
  return `[${r.start.offset},${r.end.offset})`;
}

/** The human-readable report. */
export function renderText(result: ParseResult): string {
  const b = result.build;
  let out = `-${result.option} ${visibleControls(result.argument)}\n`;
  out += `QEMU ${b.qemuVersion}, host ${b.host}, target ${b.target}\n`;
  out += `syntax: ${SYNTAX_NAMES[result.syntax]}\n`;
  if (result.list !== undefined) {
    const implied = result.impliedKey === undefined ? 'none' : `'${result.impliedKey}'`;
    const any = result.acceptsAny ? ', accepts any key' : '';
    out += `list: ${result.list} (implied key: ${implied}${any})\n`;
  }
  if (result.entries.length > 0) out += `\n${table(result.entries)}`;
  else if (result.syntax !== 'none' && result.syntax !== 'plain') out += '\nentries: none\n';
  if (result.id) out += `\nid: ${result.id.value} (${atColumns(result.id.range)})\n`;
  if (result.help) out += `help requested at ${atColumns(result.help)}\n`;
  if (result.tree !== undefined) {
    out += `\n${result.syntax === 'json' ? 'JSON' : 'tree'}: ${result.tree}\n`;
  }
  out += '\n';
  if (result.diagnostics.length === 0) return `${out}no findings\n`;
  for (const d of result.diagnostics) {
    const where = d.range ? ` (${atColumns(d.range)})` : ' (option name)';
    out += `${d.severity}[${d.code}]: ${d.message}${where}\n`;
    if (d.hint) out += d.hint.split('\n').map((l) => `  hint: ${l}\n`).join('');
  }
  return out;
}

/** The entries as an aligned table. */
function table(entries: ParseEntry[]): string {
  const head = ['#', 'key', 'value', 'form', 'columns', 'offsets', 'type', 'typed'];
  const rows = entries.map((e, i) => [
    String(i + 1),
    e.key,
    e.value,
    e.form === 'flag' && e.negated ? 'flag (no-)' : e.form,
    columns(e.range),
    offsets(e.range),
    e.typed?.type ?? e.jsonType ?? '-',
    e.typed === undefined ? '-' : String(e.typed.value),
  ]);
  const all = [head, ...rows].map((r) => r.map((c) => JSON.stringify(c).slice(1, -1)));
  const widths = head.map((_, k) => all.reduce((max, r) => Math.max(max, r[k].length), 0));
  return all.map((r) => `${r.map((c, k) => c.padEnd(widths[k])).join('  ').trimEnd()}\n`).join('');
}

/** Prints a usage problem and returns exit status 2. */
function usageError(message: string, io: CliIo): number {
  io.stderr(`qemu-opts parse: ${message}\n\n${USAGE}`);
  return 2;
}
