/**
 * Reading a command's input file and writing its result, with the messages and exit
 * status every command uses for I/O problems (`cannot read …`, `cannot write …`, exit 2).
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
