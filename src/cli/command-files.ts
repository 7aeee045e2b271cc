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

/** Reads `file` (or standard input for `-`) as UTF-8; on failure reports it and gives none. */
export async function readTextInput(
  command: string,
  file: string,
  io: CliIo,
): Promise<string | undefined> {
  try {
    return Buffer.from(await readInput(file, io)).toString('utf8');
  } catch (e) {
    io.stderr(`qemu-opts ${command}: cannot read '${file}': ${(e as Error).message}\n`);
    return undefined;
  }
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
