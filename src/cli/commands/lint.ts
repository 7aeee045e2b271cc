import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { appendAll } from '../../util/append-all.js';
import { renderJsonChunks } from '../../diagnostics/render-json.js';
import { renderText } from '../../diagnostics/render-text.js';
import type { Catalog } from '../../catalog/types.js';
import { decodeText } from '../../input/decode-text.js';
import { inputTooLong, MAX_INPUT_LENGTH } from '../../input/input-limits.js';
import { lintArgv, lintText, type LintResult } from '../../lint/lint-text.js';
import { SourceText } from '../../model/source-text.js';
import type { LintSettings } from '../../validator/lint-context.js';
import {
  isUsageError, loadBuildFacts, loadCatalog, parseCommandLine,
} from '../build-options.js';
import { readInput, type CliIo } from '../io.js';
import { fixFile, hasByteOrderMark } from '../fix-files.js';

/**
 * `qemu-opts lint`: checks QEMU command lines in files, on standard input, or given after
 * `--`, and prints what QEMU would refuse or do differently.
 *
 * @module
 */

const USAGE = `usage: qemu-opts lint [OPTIONS] FILE...
       qemu-opts lint [OPTIONS] -- qemu-system-ARCH ARG...

Checks QEMU command lines. FILE is a shell script or snippet, a libvirt-style .args
file, or - for standard input.

Options:
  --host HOST          linux, freebsd, darwin, netbsd, openbsd, windows or emscripten
                       (default: this machine)
  --qemu-version X.Y   the QEMU release to check against (default: the newest known)
  --target ARCH        x86_64, aarch64, ... (default: from the program name, else x86_64)
  --format FORMAT      text (default) or json
  --catalog FILE       check against this catalog JSON instead of the built-in one
  --build-facts FILE   what a QEMU binary reports about itself (qemu-opts import-binary):
                       its devices, machine types and CPU models are checked when the
                       release and target linted are its own; without --qemu-version, its
                       release is the one checked (built in: Debian's QEMU 7.2 x86_64)
  --fix                apply the machine-applicable fixes to the FILEs (in place; nothing
                       else in a file changes), then report what is left

Exit status: 0 no error (warnings allowed), 1 errors found, 2 usage or I/O problem.
`;

/** Runs `qemu-opts lint`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(args, ['format', 'build-facts'], ['help', 'fix']);
  if (isUsageError(parsed)) return usageError(parsed.usage, io);
  if (parsed.flags.has('help')) {
    io.stdout(USAGE);
    return 0;
  }
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(`unknown format '${format}'`, io);
  const argv = parsed.afterDashDash;
  if (argv !== undefined && parsed.operands.length > 0) {
    return usageError('give files or an argv after --, not both', io);
  }
  if (argv === undefined ? parsed.operands.length === 0 : argv.length === 0) {
    return usageError('nothing to lint', io);
  }
  if (parsed.operands.filter((o) => o === '-').length > 1) {
    return usageError('standard input (-) can be read only once', io);
  }
  const fix = parsed.flags.has('fix');
  if (fix && (argv !== undefined || parsed.operands.includes('-'))) {
    return usageError('--fix rewrites files: give FILEs, not - or an argv', io);
  }
  const catalog = await loadCatalog(parsed.catalogFile, io);
  if (catalog === undefined) return 2;
  const factsFile = parsed.values['build-facts'];
  if (factsFile !== undefined) {
    const facts = await loadBuildFacts(factsFile, io);
    if (facts === undefined) return 2;
    parsed.settings.buildFacts = facts;
    parsed.settings.qemuVersion ??= facts.qemuVersion;
  }

  const results: LintResult[] = [];
  let ioFailed = false;
  if (argv !== undefined) {
    results.push(lintArgv(argv, { ...parsed.settings, catalog }));
  } else {
    for (const file of parsed.operands) {
      const result = await lintFile(file, catalog, parsed.settings, io, fix);
      if (result === undefined) ioFailed = true;
      else results.push(result);
      // A file that is not text is an I/O problem (exit 2), though reported where it fails.
      if (result?.diagnostics.some((d) => INPUT_ERRORS.has(d.code))) ioFailed = true;
    }
  }
  print(results, format, io);
  if (ioFailed) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Reads and lints one file; undefined (after a message on stderr) when it cannot be read. */
async function lintFile(
  file: string,
  catalog: Catalog,
  settings: LintSettings,
  io: CliIo,
  fix = false,
): Promise<LintResult | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file, io);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.stderr(`qemu-opts: cannot read '${file}': ${reason}\n`);
    return undefined;
  }
  if (bytes.length > MAX_INPUT_LENGTH) return tooLarge(file, bytes);
  const decoded = decodeText(bytes);
  const mode = file.endsWith('.args') ? 'args' : 'script';
  const lint = (text: string): LintResult => lintText(text, { ...settings, catalog, file, mode });
  if (decoded.ok && fix) {
    try {
      return (await fixFile(file, decoded.text, hasByteOrderMark(bytes), lint, io)).result;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.stderr(`qemu-opts: cannot write '${file}': ${reason}\n`);
      return undefined;
    }
  }
  if (decoded.ok) return lint(decoded.text);
  // Positions come from the lossy text; the excerpt shows its line with every control
  // character (NUL …) as U+FFFD, one character for one so the caret stays aligned.
  const visible = decoded.text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '\uFFFD');
  const lossy = new SourceText(visible);
  const d = decoded.diagnostic;
  const diagnostic: Diagnostic = {
    file,
    start: lossy.positionAt(d.span.start),
    end: lossy.positionAt(d.span.end),
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
  return { diagnostics: [diagnostic], source: lossy };
}

/** Codes that make a file an input problem (exit 2), though reported where they occur. */
const INPUT_ERRORS = new Set(['unreadable-input', 'input-too-large']);

/**
 * The result for a file beyond {@link MAX_INPUT_LENGTH} bytes: one `input-too-large` error
 * where the limit falls, found in a decoding of the bytes up to it only.
 */
function tooLarge(file: string, bytes: Uint8Array): LintResult {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, MAX_INPUT_LENGTH));
  const visible = head.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '\uFFFD');
  const source = new SourceText(visible);
  const d = inputTooLong(head.length, bytes.length, 'bytes');
  const at = source.positionAt(head.length);
  const diagnostic: Diagnostic = { file, start: at, end: at, severity: d.severity, code: d.code,
    message: d.message };
  return { diagnostics: [diagnostic], source };
}

/** Prints every result in `format`. */
function print(results: readonly LintResult[], format: string, io: CliIo): void {
  if (format === 'json') {
    // Piece by piece: the whole text may be longer than the longest string there can be.
    const all: Diagnostic[] = [];
    for (const r of results) appendAll(all, r.diagnostics);
    for (const chunk of renderJsonChunks(all)) io.stdout(chunk);
    return;
  }
  for (const r of results) io.stdout(renderText(r.diagnostics, r.source));
}

/** Prints a usage problem and returns exit status 2. */
function usageError(message: string, io: CliIo): number {
  io.stderr(`qemu-opts lint: ${message}\n\n${USAGE}`);
  return 2;
}
