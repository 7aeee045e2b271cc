import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import { parseJsonArg } from '../model/parse-json-arg.js';
import { parseKeyval } from '../model/parse-keyval.js';
import type { LintContext } from './lint-context.js';
import { qapiFinding, qapiRootOf, releasesFor } from './qapi-arguments.js';
import { jsonValue, keyvalValue } from './qapi-values.js';

/**
 * `-incoming` (QEMU `incoming_option_parse`, 10.0 and later): `defer` and URIs (letters up
 * to a `:`, QEMU `migrate_is_uri`) are taken as they are; anything else is a
 * `MigrationChannel`, written as keyval with the implied key `channel-type` or as JSON, and
 * read while QEMU reads the option. In releases whose schema has no `MigrationChannel` (7.2)
 * the argument is always a URI, so nothing is checked there.
 *
 * @module
 */

/** Whether QEMU takes `text` as a URI (`migrate_is_uri`). */
export function isMigrationUri(text: string): boolean {
  const colon = text.indexOf(':');
  return colon >= 0 && /^[A-Za-z]*$/.test(text.slice(0, colon));
}

/** The findings for the argument `text` of `-incoming` (spans in the argument). */
export function checkIncomingArgument(text: string, ctx: LintContext): SpanDiagnostic[] {
  const root = qapiRootOf('incoming');
  if (root === undefined || text === 'defer' || isMigrationUri(text)) return [];
  const releases = releasesFor(ctx.requestedVersion, BUILTIN_QAPI_TYPES.releases);
  const known = releases.length > 0 && releases.every((r) =>
    BUILTIN_QAPI_TYPES.types[root]?.some((v) => v.releases.includes(r)));
  if (!known) return [];
  const whole = { start: 0, end: text.length };
  let finding;
  if (text.startsWith('{')) {
    const parsed = parseJsonArg(text);
    if (parsed.value === undefined) return parsed.diagnostics;
    if (parsed.value.kind !== 'object') return [];
    finding = qapiFinding(root, jsonValue(parsed.value), 'json', ctx);
  } else {
    const parsed = parseKeyval(text, { impliedKey: 'channel-type', helpSupported: false });
    if (parsed.diagnostics.length > 0) return parsed.diagnostics;
    finding = qapiFinding(root, keyvalValue(parsed.root, whole), 'keyval', ctx);
  }
  if (finding === undefined) return [];
  const d: SpanDiagnostic = { code: finding.code, severity: 'error', message: finding.message,
    span: finding.span };
  if (finding.hint) d.hint = finding.hint;
  return [d];
}
