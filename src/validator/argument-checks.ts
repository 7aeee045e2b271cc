import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedOpts } from '../model/qemu-opts-result.js';
import { compareVersions, majorMinor } from '../catalog/versions.js';
import type { LintContext } from './lint-context.js';
import { checkDfilterRanges } from './dfilter-ranges.js';
import { checkSmbios } from './smbios-fields.js';
import { checkUuid } from './uuid-argument.js';
import { checkAcpitableSource } from './acpitable-source.js';

/**
 * Checks of an option's argument that QEMU makes while it reads the command line, beyond
 * its parameter list: per option, on the argument text and, for a QemuOpts option read
 * without error, its entries. Each was read in the sources of 7.2 and 10.2 and is made only
 * for a release in that range.
 *
 * @module
 */

/** A check of one option's argument. */
type ArgumentCheck = (text: string, parsed: ParsedOpts | undefined, release: string) =>
  SpanDiagnostic[];

/** The checks, by option name. */
const CHECKS: Record<string, ArgumentCheck> = {
  uuid: (text) => checkUuid(text),
  smbios: (text, parsed, release) => (parsed ? checkSmbios(parsed, release, text.length) : []),
  dfilter: (text) => checkDfilterRanges(text),
  acpitable: (text, parsed) => (parsed ? checkAcpitableSource(parsed, text.length) : []),
};

/** The releases whose sources the checks were read in. */
const CHECKED = { first: '7.2', last: '10.2' };

/** QEMU's errors for argument `text` of option `name` (parsed, when it is a QemuOpts one). */
export function checkArgument(
  name: string,
  text: string,
  parsed: ParsedOpts | undefined,
  ctx: LintContext,
): SpanDiagnostic[] {
  const check = Object.hasOwn(CHECKS, name) ? CHECKS[name] : undefined;
  if (check === undefined) return [];
  const release = majorMinor(ctx.requestedVersion);
  if (compareVersions(release, CHECKED.first) < 0) return [];
  if (compareVersions(release, CHECKED.last) > 0) return [];
  return check(text, parsed, release);
}
