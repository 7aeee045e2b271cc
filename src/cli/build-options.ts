import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { HOSTS, hostOfPlatform, isHost } from '../catalog/hosts.js';
import { archOfTarget } from '../catalog/arches.js';
import { TARGET_NAMES } from '../catalog/targets.js';
import type { Catalog } from '../catalog/types.js';
import type { BuildFacts } from '../catalog/build-facts.js';
import { SourceText } from '../model/source-text.js';
import { isQemuVersion } from '../validator/release.js';
import type { LintSettings } from '../validator/lint-context.js';
import type { CliIo } from './io.js';

/**
 * The options shared by the commands that check against a build: `--host`,
 * `--qemu-version`, `--target` and `--catalog`, plus reading the catalog they name.
 *
 * @module
 */

/** The parsed words of a command line: build settings, other options, operands. */
export interface ParsedCommandLine {
  /** The build to check against. */
  settings: LintSettings;
  /** `--catalog FILE`, when given. */
  catalogFile?: string;
  /** Other `--name value` options the command declared, by name. */
  values: Record<string, string>;
  /** Boolean `--name` options the command declared and that were given. */
  flags: Set<string>;
  /** The remaining words (files), in order. */
  operands: string[];
  /** Everything after a `--`, when there was one. */
  afterDashDash?: string[];
}

/** A usage problem: the message to print before the usage text. */
export interface UsageError {
  /** What is wrong, one line. */
  usage: string;
}

/** The value options every build-aware command takes. */
const BUILD_OPTIONS = ['host', 'qemu-version', 'target', 'catalog'];

/**
 * Parses `args` with the build options plus the command's own `valueOptions` (which take a
 * value, as `--x v` or `--x=v`) and `flagOptions`. `-` alone is an operand (stdin); with
 * `singleDashOperands`, so is every word with a single leading dash (`-run-with`).
 */
export function parseCommandLine(
  args: readonly string[],
  valueOptions: readonly string[] = [],
  flagOptions: readonly string[] = [],
  singleDashOperands = false,
): ParsedCommandLine | UsageError {
  const out: ParsedCommandLine = { settings: {}, values: {}, flags: new Set(), operands: [] };
  const takesValue = new Set([...BUILD_OPTIONS, ...valueOptions]);
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === '--') {
      out.afterDashDash = args.slice(i + 1);
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      out.operands.push(word);
      continue;
    }
    if (word === '-h' && flagOptions.includes('help')) {
      out.flags.add('help');
      continue;
    }
    if (!word.startsWith('--') && singleDashOperands) {
      out.operands.push(word);
      continue;
    }
    if (!word.startsWith('--')) return { usage: `unknown option '${word}'` };
    const eq = word.indexOf('=');
    const name = word.slice(2, eq < 0 ? undefined : eq);
    if (flagOptions.includes(name) && eq < 0) {
      out.flags.add(name);
      continue;
    }
    if (!takesValue.has(name)) return { usage: `unknown option '${word}'` };
    const value = eq >= 0 ? word.slice(eq + 1) : args[++i];
    if (value === undefined) return { usage: `option '--${name}' needs a value` };
    out.values[name] = value;
  }
  return applyBuildOptions(out);
}

/** Moves and checks `--host`, `--qemu-version`, `--target`, `--catalog`. */
function applyBuildOptions(out: ParsedCommandLine): ParsedCommandLine | UsageError {
  const { host, target, catalog } = out.values;
  const version = out.values['qemu-version'];
  if (host !== undefined && !isHost(host)) {
    return { usage: `unknown host '${host}' (one of: ${HOSTS.join(', ')})` };
  }
  if (version !== undefined && !isQemuVersion(version)) {
    return { usage: `'${version}' is not a QEMU version (X.Y or X.Y.Z)` };
  }
  if (target !== undefined && archOfTarget(target) === undefined) {
    return { usage: `unknown target '${target}' (one of: ${TARGET_NAMES.join(', ')})` };
  }
  out.settings = {
    host: host !== undefined && isHost(host) ? host : hostOfPlatform(process.platform),
    qemuVersion: version,
    target,
  };
  out.catalogFile = catalog;
  for (const name of BUILD_OPTIONS) delete out.values[name];
  return out;
}

/** Whether a parse result is a usage error. */
export function isUsageError(x: ParsedCommandLine | UsageError): x is UsageError {
  return 'usage' in x;
}

/**
 * The catalog to check against: `file` (a catalog JSON file, checked against its schema, or
 * a `qemu-options.hx` file, imported) or the built-in one. Problems are printed on stderr
 * and give undefined.
 */
export async function loadCatalog(
  file: string | undefined,
  io: CliIo,
): Promise<Catalog | undefined> {
  if (file === undefined) return (await import('../catalog/builtin-catalog.js')).BUILTIN_CATALOG;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(isAbsolute(file) ? file : resolve(io.cwd, file));
  } catch (error) {
    io.stderr(`qemu-opts: cannot read catalog '${file}': ${(error as Error).message}\n`);
    return undefined;
  }
  const { whyNotText } = await import('./command-files.js');
  const refused = whyNotText(bytes, file.endsWith('.hx') ? 'a .hx file' : 'a catalog');
  if (refused !== undefined) {
    io.stderr(`qemu-opts: cannot read catalog ${file}:${refused}\n`);
    return undefined;
  }
  const text = Buffer.from(bytes).toString('utf8');
  // Imported only here, so that the common run (built-in catalog) pays for neither.
  if (file.endsWith('.hx')) return catalogOfHx(text, file, io);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    io.stderr(`qemu-opts: catalog '${file}' is not JSON: ${(error as Error).message}\n`);
    return undefined;
  }
  const { validateAgainstSchema } = await import('../catalog/schema-validators.js');
  const problems = validateAgainstSchema('catalog', data, text);
  if (problems.length === 0 && (data as Catalog).entries.length === 0) {
    // What `import-qmp` writes without --onto: parameter lists, no option table.
    io.stderr(`qemu-opts: catalog '${file}' has no options, only parameter lists; ` +
      'merge it onto a catalog that has them (qemu-opts import-qmp FILE --onto CATALOG)\n');
    return undefined;
  }
  if (problems.length === 0) return data as Catalog;
  for (const p of problems) io.stderr(`qemu-opts: catalog '${file}': ${p.message}\n`);
  return undefined;
}

/**
 * The build facts in `file` (made by `qemu-opts import-binary`), checked against their
 * schema. Problems are printed on stderr and give undefined.
 */
export async function loadBuildFacts(file: string, io: CliIo): Promise<BuildFacts | undefined> {
  let text: string;
  try {
    text = await readFile(isAbsolute(file) ? file : resolve(io.cwd, file), 'utf8');
  } catch (error) {
    io.stderr(`qemu-opts: cannot read build facts '${file}': ${(error as Error).message}\n`);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    io.stderr(`qemu-opts: build facts '${file}' are not JSON: ${(error as Error).message}\n`);
    return undefined;
  }
  const { validateAgainstSchema } = await import('../catalog/schema-validators.js');
  const problems = validateAgainstSchema('build-facts', data, text);
  if (problems.length === 0) return data as BuildFacts;
  for (const p of problems) {
    const where = new SourceText(text).positionAt(p.span.start);
    io.stderr(`qemu-opts: build facts '${file}':${where.line}:${where.column}: ` +
      `${p.message.replace(/^Catalog value/, 'Value')}\n`);
  }
  return undefined;
}

/** The catalog of a `.hx` file; undefined (after printing them) when it has errors. */
async function catalogOfHx(text: string, file: string, io: CliIo): Promise<Catalog | undefined> {
  const { importHx } = await import('../import/hx-to-catalog.js');
  const { catalog, diagnostics } = importHx(text, { file });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) {
    io.stderr(`${d.file}:${d.start.line}:${d.start.column}: error: ${d.message} [${d.code}]\n`);
  }
  return errors.length === 0 ? catalog : undefined;
}
