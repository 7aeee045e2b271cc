import { archOfTarget } from '../catalog/arches.js';
import { HOSTS, isHost } from '../catalog/hosts.js';
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
    super(`${entryPoint}: ${option} ${describe(value)} is not ${expected}`);
  }
}

/** Throws unless `value` is a string. */
export function requireString(entryPoint: string, option: string, value: unknown): void {
  if (typeof value !== 'string') {
    throw new QemuOptsUsageError(entryPoint, option, value, 'a string');
  }
}

/** The build settings every lint entry point takes (see `LintSettings`). */
interface BuildSettings {
  host?: unknown;
  qemuVersion?: unknown;
  target?: unknown;
}

/** Throws unless the `host`, `qemuVersion` and `target` in `settings` are valid (or absent). */
export function checkBuildSettings(entryPoint: string, settings: unknown): void {
  if (settings === undefined) return;
  if (typeof settings !== 'object' || settings === null) {
    throw new QemuOptsUsageError(entryPoint, 'options', settings, 'an object');
  }
  const { host, qemuVersion, target } = settings as BuildSettings;
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
}

/** A value as the error message shows it. */
function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || value === undefined) return String(value);
  return `${typeof value} ${JSON.stringify(value) ?? String(value)}`;
}
