/**
 * What the file commands (`import-hx`, `import-qmp`, `docs`, `check-hx`) share: their start
 * (`--help`, usage errors), reading the input file and writing the result, with the messages
 * and exit status every command uses (`cannot read …`, `cannot write …`: exit 2).
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { readInput, type CliIo } from './io.js';
import { decodeText } from '../input/decode-text.js';
import { inputTooLong, MAX_INPUT_LENGTH } from '../input/input-limits.js';
import { SourceText } from '../model/source-text.js';

/**
 * Reads `file` (or standard input for `-`) as UTF-8 text, as `lint` reads its files: a file
 * beyond the input limit, with NUL bytes or with invalid UTF-8 is refused. On failure it
 * reports why on stderr (with the position, for bytes that are not text) and gives none.
 * `what` names what the file should be (`a .hx file`).
 */
export async function readTextInput(
  command: string,
  file: string,
  io: CliIo,
  what = 'a text file',
): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file, io);
  } catch (e) {
    io.stderr(`qemu-opts ${command}: cannot read '${file}': ${(e as Error).message}\n`);
    return undefined;
  }
  const refused = whyNotText(bytes, what);
  if (refused === undefined) return Buffer.from(bytes).toString('utf8');
  io.stderr(`qemu-opts ${command}: ${file}:${refused}\n`);
  return undefined;
}

/**
 * Why `bytes` are not read as text (`LINE:COL: message [code]`, or ` message [code]` for a
 * file beyond the input limit), or undefined when they are text.
 */
export function whyNotText(bytes: Uint8Array, what: string): string | undefined {
  if (bytes.length > MAX_INPUT_LENGTH) {
    const d = inputTooLong(MAX_INPUT_LENGTH, bytes.length, 'bytes');
    return ` ${d.message} [${d.code}]`;
  }
  const decoded = decodeText(bytes, what);
  if (decoded.ok) return undefined;
  const d = decoded.diagnostic;
  const at = new SourceText(decoded.text).positionAt(d.span.start);
  return `${at.line}:${at.column}: ${d.message} [${d.code}]`;
}

/**
 * Writes `text` to `out` (relative to the working directory), or to standard output when
 * `out` is absent. Returns false, having reported it, when the file cannot be written.
 */
export async function writeResult(
  command: string,
  out: string | undefined,
  text: string,
  io: CliIo,
): Promise<boolean> {
  if (out === undefined) {
    io.stdout(text);
    return true;
  }
  try {
    await writeFile(isAbsolute(out) ? out : resolve(io.cwd, out), text);
    return true;
  } catch (e) {
    io.stderr(`qemu-opts ${command}: cannot write '${out}': ${(e as Error).message}\n`);
    return false;
  }
}

/**
 * The start every file command shares: `--help`/`-h` prints `usage` (exit 0); arguments
 * that `parse` rejects with a message print it and the usage (exit 2). Gives the parsed
 * arguments, or the exit status when the command is already done.
 */
export function commandArguments<T extends object>(
  command: string,
  usage: string,
  args: string[],
  parse: (args: string[]) => T | string,
  io: CliIo,
): T | number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(usage);
    return 0;
  }
  const parsed = parse(args);
  if (typeof parsed !== 'string') return parsed;
  io.stderr(`qemu-opts ${command}: ${parsed}\n${usage}`);
  return 2;
}
