/**
 * `qemu-opts import-binary PATH [--out FILE] [--timeout SECONDS]`: runs a QEMU system
 * emulator binary with its monitor on stdio, asks it about its devices, machine types, CPU
 * models, chardev backends and accelerators, and writes the build facts JSON (standard
 * output by default) for `lint --build-facts FILE`. Exit 0 on success, 2 when the binary
 * cannot be run, answers badly or too slowly, or the output cannot be written.
 *
 * @module
 */
import { resolve } from 'node:path';
import { importBinaryFacts } from '../../node/import-binary.js';
import { commandArguments, writeResult } from '../command-files.js';
import type { CliIo } from '../io.js';

const USAGE = 'usage: qemu-opts import-binary PATH [--out FILE] [--timeout SECONDS]\n';

interface Args {
  binary: string;
  out?: string;
  timeoutMs: number;
}

function parseArgs(args: string[]): Args | string {
  let binary: string | undefined;
  let out: string | undefined;
  let timeoutMs = 60_000;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--out' || a === '-o' || a === '--timeout') {
      const value = args[++i];
      if (value === undefined) return `${a} needs a value`;
      if (a !== '--timeout') out = value;
      else if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
        return `--timeout '${value}' is not a positive number of seconds`;
      } else timeoutMs = Number(value) * 1000;
    } else if (a.startsWith('-')) return `unknown option '${a}'`;
    else if (binary === undefined) binary = a;
    else return `unexpected argument '${a}'`;
  }
  if (binary === undefined) return 'missing PATH (a qemu-system-* binary)';
  return { binary, timeoutMs, ...(out !== undefined ? { out } : {}) };
}

/** Runs `import-binary`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = commandArguments('import-binary', USAGE, args, parseArgs, io);
  if (typeof parsed === 'number') return parsed;
  const binary = parsed.binary.includes('/') ? resolve(io.cwd, parsed.binary) : parsed.binary;
  let facts;
  try {
    facts = await importBinaryFacts(binary, { timeoutMs: parsed.timeoutMs });
  } catch (e) {
    io.stderr(`qemu-opts import-binary: ${(e as Error).message}\n`);
    return 2;
  }
  const json = `${JSON.stringify(facts, null, 1)}\n`;
  return (await writeResult('import-binary', parsed.out, json, io)) ? 0 : 2;
}
