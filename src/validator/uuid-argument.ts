import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';

/**
 * `-uuid`: QEMU reads its argument while it reads the command line (`qemu_uuid_parse` in
 * `util/uuid.c`, 7.2 to 10.2): 36 characters, hex digits with `-` at offsets 8, 13, 18 and
 * 23, or `failed to parse UUID string: wrong format`.
 *
 * @module
 */

/** The shape QEMU accepts: 8-4-4-4-12 hex digits, either case. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** QEMU's error for a `-uuid` argument `text` it cannot read, if any. */
export function checkUuid(text: string): SpanDiagnostic[] {
  if (UUID.test(text)) return [];
  return [{ code: 'invalid-argument', severity: 'error',
    message: 'failed to parse UUID string: wrong format',
    span: { start: 0, end: text.length } }];
}
