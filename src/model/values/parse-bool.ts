import type { ValueResult } from './value-result.js';
import { checkBuildSettings, requireString } from '../../api/usage-error.js';

/**
 * QemuOpts bool values (spec 2.2; QEMU `qapi_bool_parse_name`).
 *
 * @module
 */

const TRUE_SPELLINGS = new Set(['on', 'yes', 'true', 'y']);
const FALSE_SPELLINGS = new Set(['off', 'no', 'false', 'n']);

/**
 * Converts a bool parameter value: `on/yes/true/y` and `off/no/false/n`, case-sensitive.
 * `qemuVersion` before 5.2 accepts only `on` and `off`.
 *
 * @since 0.1.0
 * @throws {QemuOptsUsageError} when called with a value that is not a string.
 */
export function parseBool(key: string, value: string, qemuVersion?: string): ValueResult<boolean> {
  requireString('parseBool', 'key', key);
  requireString('parseBool', 'value', value);
  if (qemuVersion !== undefined) checkBuildSettings('parseBool', { qemuVersion });
  const legacy = qemuVersion !== undefined && compareVersions(qemuVersion, '5.2') < 0;
  if (legacy ? value === 'on' : TRUE_SPELLINGS.has(value)) return { ok: true, value: true };
  if (legacy ? value === 'off' : FALSE_SPELLINGS.has(value)) return { ok: true, value: false };
  return { ok: false, code: 'invalid-bool', message: `Parameter '${key}' expects 'on' or 'off'` };
}

/** Compares two dotted version strings numerically (`10.2` > `9.1`). */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] || 0) - (right[i] || 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
