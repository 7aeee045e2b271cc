/**
 * `qemu-opts import-qmp FILE [--out CATALOG.json] [--release X.Y[.Z]] [--onto CATALOG]`:
 * builds a catalog's parameter lists from a QEMU binary's `query-command-line-options` reply
 * (spec section 7) and writes it as JSON (standard output by default). Implied keys and
 * merging, which QMP does not report, are taken from the lists of the same name in the
 * built-in catalog, or in `--onto CATALOG` (a catalog JSON or a `qemu-options.hx`), whose
 * options and other lists the result then keeps, so it can be used with `lint --catalog`.
 * The release defaults to a version in FILE's name (`...-10.0.13.json`). Exit 0 on
 * success, 1 when the file is not such a reply, 2 for usage and I/O problems.
 *
 * @module
 */
import { basename } from 'node:path';
import { BUILTIN_CATALOG } from '../../catalog/builtin-catalog.js';
import type { Catalog } from '../../catalog/types.js';
import { loadCatalog } from '../build-options.js';
import { importQmp } from '../../import/qmp-to-catalog.js';
import { commandArguments, readTextInput, writeResult } from '../command-files.js';
import type { CliIo } from '../io.js';
import { parseJsonArg } from '../../model/parse-json-arg.js';
import { SourceText } from '../../model/source-text.js';

const USAGE =
  'usage: qemu-opts import-qmp FILE [--out CATALOG.json] [--release X.Y[.Z]] ' +
  '[--onto CATALOG]\n';

interface Args {
  file: string;
  out?: string;
  release?: string;
  onto?: string;
}

function parseArgs(args: string[]): Args | string {
  const parsed: Partial<Args> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--out' || a === '-o' || a === '--release' || a === '--onto') {
      const value = args[++i];
      if (value === undefined) return `${a} needs a value`;
      if (a === '--release') parsed.release = value;
      else if (a === '--onto') parsed.onto = value;
      else parsed.out = value;
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else if (parsed.file === undefined) parsed.file = a;
    else return `unexpected argument '${a}'`;
  }
  if (parsed.file === undefined) return 'missing FILE';
  if (parsed.release !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(parsed.release)) {
    return `--release '${parsed.release}' is not X.Y or X.Y.Z`;
  }
  return parsed as Args;
}

/**
 * `base` with the binary's lists in place of its own (lists the binary does not report,
 * such as keyval-only ones, stay) and the binary's release, when known.
 */
function onto(base: Catalog, imported: Catalog): Catalog {
  const releases = imported.releases.length > 0 ? imported.releases : base.releases;
  const note = [base.source.note, imported.source.note].filter((n) => n).join('; ');
  return {
    ...base,
    releases,
    source: { ...base.source, textBy: 'qemu', note },
    lists: { ...base.lists, ...imported.lists },
  };
}

/** Runs `import-qmp`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = commandArguments('import-qmp', USAGE, args, parseArgs, io);
  if (typeof parsed === 'number') return parsed;
  const text = await readTextInput('import-qmp', parsed.file, io, 'a QMP reply');
  if (text === undefined) return 2;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    io.stderr(`${parsed.file}:${jsonSyntaxError(text, (e as Error).message)} [json-syntax]\n`);
    return 1;
  }
  const release = parsed.release ?? /(\d+\.\d+(?:\.\d+)?)\.json$/.exec(basename(parsed.file))?.[1];
  const base = parsed.onto === undefined ? undefined : await loadCatalog(parsed.onto, io);
  if (parsed.onto !== undefined && base === undefined) return 2;
  const result = importQmp(data, {
    file: parsed.file,
    known: (base ?? BUILTIN_CATALOG).lists,
    ...(release ? { release } : {}),
  });
  for (const d of result.diagnostics) {
    io.stderr(`${parsed.file}: ${d.severity}: ${d.message} [${d.code}]\n`);
  }
  if (result.diagnostics.length > 0) return 1;
  const catalog = base ? onto(base, result.catalog) : result.catalog;
  if (catalog.releases.length === 0) {
    io.stderr('qemu-opts import-qmp: warning: no release known; pass --release\n');
  }
  if (base === undefined) {
    io.stderr('qemu-opts import-qmp: note: QMP reports parameter lists, not options: ' +
      'lint, help and docs need the options too (--onto CATALOG)\n');
  }
  const json = `${JSON.stringify(catalog, null, 2)}\n`;
  if (!(await writeResult('import-qmp', parsed.out, json, io))) return 2;
  return 0;
}

/**
 * `LINE:COL: error: MESSAGE` for text that JSON.parse rejects, whose own message names no
 * position: located by our reading of QEMU's JSON parser (a superset of JSON, so it finds
 * the first error of any text it rejects), else at the position JSON.parse names, if any.
 */
function jsonSyntaxError(text: string, parseMessage: string): string {
  const found = parseJsonArg(text).diagnostics[0];
  const offset = found?.span.start ?? Number(/position (\d+)/.exec(parseMessage)?.[1] ?? 0);
  const at = new SourceText(text).positionAt(offset);
  const message = found?.message ?? `not valid JSON: ${parseMessage.split('\n')[0]}`;
  return `${at.line}:${at.column}: error: ${message}`;
}
