import { archOfTarget } from '../catalog/arches.js';
import { HOSTS, isHost } from '../catalog/hosts.js';
import { validateAgainstSchema } from '../catalog/schema-validators.js';
import { isQemuVersion } from '../validator/release.js';

/**
 * The error the public entry points throw when called wrongly (a programmer mistake, not bad
 * user input: bad command lines and option strings come back as diagnostics).
 *
 * @module
 */

/**
 * Thrown by a public entry point given an argument or option it cannot take: a text that is
 * not a string, an unknown `host` or `target`, a `qemuVersion` that is not `X.Y[.Z]`.
 *
 * @since 0.1.0
 */
export class QemuOptsUsageError extends TypeError {
  override readonly name = 'QemuOptsUsageError';

  /**
   * @param entryPoint - the function called (`lintArgv`)
   * @param option - the argument or option at fault (`text`, `host`, `qemuVersion`)
   * @param value - the value it was given
   * @param expected - what it should have been
   */
  constructor(
    readonly entryPoint: string,
    readonly option: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    // String(): a caller's wrong argument may be a Symbol, which a template cannot show.
    super(`${String(entryPoint)}: ${String(option)} ${describe(value)} is not ${String(expected)}`);
  }
}

/** Throws unless `value` is a string. */
export function requireString(entryPoint: string, option: string, value: unknown): void {
  if (typeof value !== 'string') {
    throw new QemuOptsUsageError(entryPoint, option, value, 'a string');
  }
}

/** Throws unless `value` is undefined or an object (the options argument of an entry point). */
export function requireOptions(entryPoint: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new QemuOptsUsageError(entryPoint, 'options', value, 'an object');
  }
}

/** Throws unless `value` is an array. */
export function requireArray(entryPoint: string, option: string, value: unknown): void {
  if (!Array.isArray(value)) throw new QemuOptsUsageError(entryPoint, option, value, 'an array');
}

/** Throws unless `value` has the shape of a catalog (see {@link hasCatalogShape}). */
export function requireCatalog(entryPoint: string, option: string, value: unknown): void {
  if (value === undefined) throw new QemuOptsUsageError(entryPoint, option, value, CATALOG);
  requireValid(entryPoint, option, value, CATALOG, hasCatalogShape);
}

/** What a catalog argument must be. */
const CATALOG = 'a catalog (schemas/catalog.schema.json)';

/**
 * Whether `data` has the top-level shape of a catalog: `format` 1, arrays `releases` and
 * `entries`, an object `lists`. Not the whole schema: a catalog read straight from a
 * `qemu-options.hx` without a VERSION file has no release, which the schema requires of a
 * catalog file; its contents are the importer's, not a caller's mistake.
 */
function hasCatalogShape(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const c = data as Record<string, unknown>;
  return c.format === 1 && Array.isArray(c.releases) && Array.isArray(c.entries) &&
    typeof c.lists === 'object' && c.lists !== null && !Array.isArray(c.lists);
}

/** The build settings every lint entry point takes (see `LintSettings`). */
interface BuildSettings {
  host?: unknown;
  qemuVersion?: unknown;
  target?: unknown;
  catalog?: unknown;
  buildFacts?: unknown;
}

/** Catalogs and build facts already found valid: each is checked once, not on every call. */
const checked = new WeakSet<object>();

/** Throws unless `value` is absent or valid by `isValid` (the result is remembered). */
function requireValid(entryPoint: string, option: string, value: unknown, expected: string,
  isValid: (data: unknown) => boolean): void {
  if (value === undefined) return;
  if (typeof value === 'object' && value !== null && checked.has(value)) return;
  if (typeof value !== 'object' || value === null || !isValid(value)) {
    throw new QemuOptsUsageError(entryPoint, option, value, expected);
  }
  checked.add(value);
}

/** Throws unless the `host`, `qemuVersion` and `target` in `settings` are valid (or absent). */
export function checkBuildSettings(entryPoint: string, settings: unknown): void {
  if (settings === undefined) return;
  requireOptions(entryPoint, settings);
  const { host, qemuVersion, target, catalog, buildFacts } = settings as BuildSettings;
  if (host !== undefined && (typeof host !== 'string' || !isHost(host))) {
    throw new QemuOptsUsageError(entryPoint, 'host', host, `one of ${HOSTS.join(', ')}`);
  }
  const version = qemuVersion;
  if (version !== undefined && (typeof version !== 'string' || !isQemuVersion(version))) {
    throw new QemuOptsUsageError(entryPoint, 'qemuVersion', version, "a string 'X.Y' or 'X.Y.Z'");
  }
  if (target !== undefined && (typeof target !== 'string' || !archOfTarget(target))) {
    throw new QemuOptsUsageError(entryPoint, 'target', target, 'a known target (x86_64, ...)');
  }
  requireValid(entryPoint, 'catalog', catalog, CATALOG, hasCatalogShape);
  requireValid(entryPoint, 'buildFacts', buildFacts,
    'build facts (schemas/build-facts.schema.json)',
    (data) => validateAgainstSchema('build-facts', data).length === 0);
}

/** A value as the error message shows it, cut after 80 characters. */
function describe(value: unknown): string {
  const text = describeWhole(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** A value as the error message shows it; never throws, whatever the value is. */
function describeWhole(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'bigint') return `bigint ${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  try {
    return `${typeof value} ${JSON.stringify(value) ?? String(value)}`;
  } catch {
    // A cycle, a BigInt inside, a throwing getter or toJSON, a Proxy trap.
    return Array.isArray(value) ? 'an array' : typeof value;
  }
}
