/**
 * `qemu-opts docs --format rst [--catalog FILE] [--standalone] [--qemu-version X.Y]
 * [--out FILE]`: writes the option docs as rST, as QEMU's `hxtool-doc` Sphinx directive
 * would feed them to Sphinx (spec 5.5). `--standalone` adds a short prolog so that plain
 * docutils parses the result without Sphinx (see `generate/rst-docs.ts`). For the built-in
 * catalog (several releases) the newest release is documented unless `--qemu-version` says.
 *
 * Exit 0 when written, 1 when QEMU's directive would stop on the catalog's docs (the
 * problems go to standard error, the text is still written), 2 for usage and I/O problems.
 *
 * @module
 */
import { generateRstDocs } from '../../generate/rst-docs.js';
import { commandArguments, writeResult } from '../command-files.js';
import type { CliIo } from '../io.js';
import { loadCatalog } from '../build-options.js';

const USAGE =
  'usage: qemu-opts docs --format rst [--catalog FILE] [--standalone] [--qemu-version X.Y]\n' +
  '                      [--out FILE]\n';

interface Args {
  format?: string;
  catalog?: string;
  release?: string;
  out?: string;
  standalone: boolean;
}

const VALUED: Record<string, 'format' | 'catalog' | 'release' | 'out'> = {
  '--format': 'format',
  '--catalog': 'catalog',
  '--qemu-version': 'release',
  '--out': 'out',
  '-o': 'out',
};

function parseArgs(args: string[]): Args | string {
  const parsed: Args = { standalone: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    if (flag === '--standalone' && inline === undefined) {
      parsed.standalone = true;
      continue;
    }
    const key = VALUED[flag];
    if (key === undefined) return `unexpected argument '${args[i]}'`;
    const value = inline ?? args[++i];
    if (value === undefined) return `${flag} needs a value`;
    parsed[key] = value;
  }
  if (parsed.format === undefined) return '--format is required (rst)';
  if (parsed.format !== 'rst') return `unknown format '${parsed.format}' (known: rst)`;
  return parsed;
}

/** Runs `docs`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = commandArguments('docs', USAGE, args, parseArgs, io);
  if (typeof parsed === 'number') return parsed;
  const catalog = await loadCatalog(parsed.catalog, io);
  if (catalog === undefined) return 2;
  const releases = catalog.releases;
  const release = parsed.release ?? releases[releases.length - 1];
  const docs = generateRstDocs(catalog, {
    standalone: parsed.standalone,
    ...(release ? { release } : {}),
  });
  for (const p of docs.problems) io.stderr(`qemu-opts docs: ${p}\n`);
  if (!(await writeResult('docs', parsed.out, docs.text, io))) return 2;
  return docs.problems.length > 0 ? 1 : 0;
}
