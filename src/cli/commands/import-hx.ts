/**
 * `qemu-opts import-hx FILE [--out CATALOG.json] [--release X.Y] [--macro NAME=VALUE]…`:
 * builds a catalog from a `qemu-options.hx` file and writes it as JSON (standard output by
 * default). Problems in the file go to standard error. Exit 0 when the file has no errors,
 * 1 when it has some (the catalog is still written), 2 for usage and I/O problems.
 *
 * The release defaults to the contents of a `VERSION` file beside FILE, as in QEMU's tree.
 * Without either, import-hx exits 2: a catalog must name its release, and our own
 * `--catalog` readers refuse one that does not.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { importHx } from '../../import/hx-to-catalog.js';
import { DEBIAN_HX_MACROS } from '../../import/hx-macros.js';
import { commandArguments, readTextInput, writeResult } from '../command-files.js';
import type { CliIo } from '../io.js';
import { formatDiagnosticLine } from './hx-cli-common.js';

const USAGE =
  'usage: qemu-opts import-hx FILE [--out CATALOG.json] [--release X.Y] ' +
  '[--macro NAME=VALUE]...\n';

/** A release number as `--release` and QEMU's `VERSION` file give it. */
const RELEASE = /^\d+\.\d+(\.\d+)?$/;

interface Args {
  file: string;
  out?: string;
  release?: string;
  macros: Record<string, string>;
}

function parseArgs(args: string[]): Args | string {
  const parsed: Partial<Args> & { macros: Record<string, string> } = {
    macros: { ...DEBIAN_HX_MACROS },
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => args[++i];
    if (a === '--out' || a === '-o') parsed.out = value();
    else if (a === '--release') parsed.release = value();
    else if (a === '--macro') {
      const m = /^([A-Za-z_]\w*)=(.*)$/s.exec(value() ?? '');
      if (!m) return '--macro needs NAME=VALUE';
      parsed.macros[m[1]] = m[2];
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else if (parsed.file === undefined) parsed.file = a;
    else return `unexpected argument '${a}'`;
    if (args[i] === undefined) return `${a} needs a value`;
  }
  if (parsed.file === undefined) return 'missing FILE';
  return parsed as Args;
}

/** Reads QEMU's `VERSION` file next to `file`, if there is one. */
async function releaseBeside(file: string, io: CliIo): Promise<string | undefined> {
  if (file === '-') return undefined;
  const path = join(dirname(isAbsolute(file) ? file : resolve(io.cwd, file)), 'VERSION');
  try {
    const text = (await readFile(path, 'utf8')).trim();
    return RELEASE.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `import-hx`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = commandArguments('import-hx', USAGE, args, parseArgs, io);
  if (typeof parsed === 'number') return parsed;
  const text = await readTextInput('import-hx', parsed.file, io, 'a .hx file');
  if (text === undefined) return 2;
  if (parsed.release !== undefined && !RELEASE.test(parsed.release)) {
    io.stderr(`qemu-opts import-hx: --release '${parsed.release}' is not X.Y or X.Y.Z\n`);
    return 2;
  }
  const release = parsed.release ?? (await releaseBeside(parsed.file, io));
  if (release === undefined) {
    const where = parsed.file === '-' ? 'standard input' : `no VERSION file beside ${parsed.file}`;
    io.stderr(`qemu-opts import-hx: cannot tell which QEMU release the file is from (${where});` +
      ' name it with --release X.Y\n');
    return 2;
  }
  const result = importHx(text, {
    file: parsed.file,
    macros: parsed.macros,
    release,
  });
  for (const d of result.diagnostics) io.stderr(formatDiagnosticLine(d));
  const json = `${JSON.stringify(result.catalog, null, 2)}\n`;
  if (!(await writeResult('import-hx', parsed.out, json, io))) return 2;
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
