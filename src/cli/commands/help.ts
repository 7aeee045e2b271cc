import { archesInclude } from '../../catalog/arches.js';
import { BUILD_PROFILES } from '../../catalog/build-profiles.js';
import { allFeaturesLookup, buildLookup } from '../../catalog/condition.js';
import { hostProfile } from '../../catalog/hosts.js';
import type { Catalog, OptionEntry, Param } from '../../catalog/types.js';
import { generateHelpText } from '../../generate/help-text.js';
import { helpRequestNote } from '../../generate/help-request-facts.js';
import { formatListHelp } from '../../generate/list-help.js';
import { isPresent, presenceOf } from '../../validator/availability.js';
import { archOf, LintContext } from '../../validator/lint-context.js';
import { optionName } from '../../validator/scan-argv.js';
import { isUsageError, loadCatalog, parseCommandLine } from '../build-options.js';
import type { CliIo } from '../io.js';

/**
 * `qemu-opts help [OPTION]`: the parameter listing QEMU prints for `-OPTION help` (or for
 * `-OPTION VALUE,help` where QEMU reads `help` as a value, which a note on stderr says), or
 * the option part of `-help`, for the chosen build.
 *
 * @module
 */

const USAGE = `usage: qemu-opts help [OPTIONS] [OPTION]

With OPTION: the parameter listing QEMU prints for '-OPTION help' (options without a
parameter list: their -help entry). Notes on stderr say where QEMU differs: options
whose '-OPTION help' is read as a value (QEMU fails or runs; the note names the
argument that does print the listing, e.g. '-m 1,help'), and parameters whose QEMU
help text this listing leaves out. Without OPTION: the option part of QEMU's -help.

Options:
  --host HOST          linux, freebsd, darwin, netbsd, openbsd, windows or emscripten
                       (default: this machine)
  --qemu-version X.Y   the QEMU release (default: the newest known)
  --target ARCH        x86_64, aarch64, ... (default: x86_64)
  --catalog FILE       use this catalog JSON (or qemu-options.hx) instead of the built-in one
  --build PROFILE      without OPTION: print -help exactly as this build does
                       (${Object.keys(BUILD_PROFILES).join(', ')}); without --build,
                       -help of a build for --host with every optional feature
                       (unknown CONFIG_ macros taken as defined), so that one branch
                       of each #if/#elif/#else chain prints
`;

/** Runs `qemu-opts help`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(args, ['build'], ['help'], true);
  if (isUsageError(parsed)) return usageError(parsed.usage, io);
  const build = parsed.values.build;
  const profile = build === undefined ? undefined : BUILD_PROFILES[build];
  if (build !== undefined && profile === undefined) {
    return usageError(`unknown build profile '${build}'`, io);
  }
  if (parsed.flags.has('help')) {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.operands.length > 1 || parsed.afterDashDash !== undefined) {
    return usageError('give at most one option', io);
  }
  const catalog = await loadCatalog(parsed.catalogFile, io);
  if (catalog === undefined) return 2;
  const ctx = new LintContext(catalog, parsed.settings);
  if (ctx.versionApproximated) {
    io.stderr(
      `qemu-opts: the catalog does not know QEMU ${ctx.requestedVersion}; ` +
        `showing QEMU ${ctx.version}\n`,
    );
  }
  const arch = archOf(parsed.settings.target);
  const [word] = parsed.operands;
  if (word === undefined) {
    // A build profile knows every macro (and its target, unless --target says otherwise);
    // without one, the host's build with every optional feature, so that exactly one branch
    // of each #if/#elif/#else chain prints.
    const host = hostProfile(ctx.host);
    const lookup = profile ? buildLookup(profile.defined) : allFeaturesLookup(host);
    const buildArch = profile && parsed.settings.target === undefined ? profile.arch : arch;
    const body = generateHelpText(versionedCatalog(catalog, ctx), { arch: buildArch, lookup });
    io.stdout(body);
    return 0;
  }
  const name = word.startsWith('-') ? optionName(word) : word;
  const option = ctx.option(name);
  if (
    option === undefined ||
    !isPresent(presenceOf(ctx, option.versions, option.condition, option.conditionHistory))
  ) {
    io.stderr(`qemu-opts help: -${name}: invalid option (for this build)\n`);
    return 1;
  }
  if (!archesInclude(option.arches, arch)) {
    // QEMU's own words, as it prints them for such an option whatever its argument.
    io.stderr(`qemu-opts help: -${name}: Option not supported for this target\n`);
    return 1;
  }
  const params = listedParams(option, ctx);
  const note = helpRequestNote(name, params !== undefined);
  if (note !== undefined) io.stderr(`qemu-opts help: ${note}\n`);
  const qemuText = catalog.source?.textBy === 'qemu';
  if (params?.some((p) => p.qemuHasHelp === true && (p.help === undefined || !qemuText))) {
    io.stderr(
      'qemu-opts help: note: QEMU follows some of these parameters with a help text, ' +
        "which qemu-opts does not copy; those lines differ from QEMU's\n",
    );
  }
  const list = ctx.list(option);
  io.stdout(params && list ? formatListHelp(list.name, params) : helpEntry(option, ctx));
  return 0;
}

/** The parameters of an option's typed list in the chosen build, if it has such a list. */
function listedParams(option: OptionEntry, ctx: LintContext): Param[] | undefined {
  const list = ctx.list(option);
  if (list === undefined || list.acceptsAny) return undefined;
  return list.params.filter((p) => isPresent(presenceOf(ctx, p.versions, p.condition)));
}

/** The option's `-help` entry in the chosen build. */
function helpEntry(option: OptionEntry, ctx: LintContext): string {
  return option.help
    .filter((line) => line.condition === undefined || ctx.holds(line.condition) !== false)
    .map((line) => line.text)
    .join('');
}

/** The catalog without the options that the chosen release does not have. */
function versionedCatalog(catalog: Catalog, ctx: LintContext): Catalog {
  const entries = catalog.entries.filter((e) => {
    const presence = presenceOf(ctx, e.versions, undefined);
    return presence.kind !== 'not-yet' && presence.kind !== 'removed';
  });
  return { ...catalog, entries };
}

/** Prints a usage problem and returns exit status 2. */
function usageError(message: string, io: CliIo): number {
  io.stderr(`qemu-opts help: ${message}\n\n${USAGE}`);
  return 2;
}
