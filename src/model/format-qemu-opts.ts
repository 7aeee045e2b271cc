import { QemuOptsUsageError, requireArray, requireString } from '../api/usage-error.js';
/**
 * Printing entries back as a QemuOpts string (spec 1.14).
 *
 * @module
 */

/** What {@link formatQemuOpts} needs of an entry. */
export interface FormattableEntry {
  /** The key; it cannot contain `=` or `,` (no parse produces such a key). */
  key: string;
  /** The value, unescaped; every `,` is doubled on output. */
  value: string;
}

/**
 * Doubles every `,` so that QemuOpts reads `value` back unchanged (spec 1.3).
 *
 * @throws {QemuOptsUsageError} when called with a value that is not a string.
 */
export function escapeQemuOptsValue(value: string): string {
  requireString('escapeQemuOptsValue', 'value', value);
  return value.indexOf(',') < 0 ? value : value.replaceAll(',', ',,');
}

/**
 * Writes `entries` as `key=value` items joined by `,`, with `id=«id»` first when given, as
 * QEMU prints a set back. Parsing the result without an implied key gives the same
 * entries, in order.
 *
 * @since 0.1.0
 */
export function formatQemuOpts(entries: readonly FormattableEntry[], id?: string): string {
  requireArray('formatQemuOpts', 'entries', entries);
  entries.forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null) {
      throw new QemuOptsUsageError('formatQemuOpts', `entries[${i}]`, entry, 'an object');
    }
    requireString('formatQemuOpts', `entries[${i}].key`, entry.key);
    requireString('formatQemuOpts', `entries[${i}].value`, entry.value);
  });
  if (id !== undefined) requireString('formatQemuOpts', 'id', id);
  const items = entries.map((entry) => `${entry.key}=${escapeQemuOptsValue(entry.value)}`);
  if (id !== undefined) items.unshift(`id=${escapeQemuOptsValue(id)}`);
  return items.join(',');
}
