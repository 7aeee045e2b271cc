/**
 * `qemu-opts help [--catalog FILE] [--target ARCH] [--host HOST | --build PROFILE]
 * [--qemu-version X.Y]`: prints the option body of QEMU's `-help` (spec 6.2) from a catalog,
 * as the chosen target and build print it. QEMU's banner and footer are not printed.
 *
 * With `--build` (a named build profile such as `debian-7.2-amd64`) every macro is known and
 * the output is exactly that build's. With `--host` only host macros are known; text under a
 * feature macro (`CONFIG_SPICE` …) is printed, since such a build may have it.
 *
 * The `help` command's other form, `help OPTION`, lives in `help.ts`, which calls
 * {@link runHelpBody} when no option is named.
 *
 * @module
 */
import { archOfTarget } from '../../catalog/arches.js';
import { BUILD_PROFILES } from '../../catalog/build-profiles.js';
import { buildLookup, hostLookup, type MacroLookup } from '../../catalog/condition.js';
import { hostOfPlatform, hostProfile, HOSTS, isHost } from '../../catalog/hosts.js';
import { generateHelpText } from '../../generate/help-text.js';
import type { CliIo } from '../io.js';
import { loadCatalogFile } from './catalog-file.js';

/** Usage of the body form. */
export const HELP_BODY_USAGE =
  'usage: qemu-opts help [--catalog FILE] [--target ARCH] [--host HOST | --build PROFILE]\n' +
  '                      [--qemu-version X.Y]\n';

interface Args {
  catalog?: string;
  target?: string;
  host?: string;
  build?: string;
  release?: string;
}

const FLAGS: Record<string, keyof Args> = {
  '--catalog': 'catalog',
  '--target': 'target',
  '--host': 'host',
  '--build': 'build',
  '--qemu-version': 'release',
};

function parseArgs(args: string[]): Args | string {
  const parsed: Args = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const key = FLAGS[flag];
    if (key === undefined) return `unexpected argument '${args[i]}'`;
    const value = inline ?? args[++i];
    if (value === undefined) return `${flag} needs a value`;
    parsed[key] = value;
  }
  if (parsed.host !== undefined && parsed.build !== undefined) {
    return '--host and --build exclude each other';
  }
  return parsed;
}

/** Runs the body form of `help`; `args` are the words after `help`. */
export async function runHelpBody(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`qemu-opts help: ${parsed}\n${HELP_BODY_USAGE}`);
    return 2;
  }
  const profile = parsed.build === undefined ? undefined : BUILD_PROFILES[parsed.build];
  if (parsed.build !== undefined && profile === undefined) {
    const known = Object.keys(BUILD_PROFILES).join(', ');
    io.stderr(`qemu-opts help: unknown build profile '${parsed.build}' (known: ${known})\n`);
    return 2;
  }
  const arch = parsed.target ? archOfTarget(parsed.target) : (profile?.arch ?? 'I386');
  if (arch === undefined) {
    io.stderr(`qemu-opts help: unknown target '${parsed.target ?? ''}'\n`);
    return 2;
  }
  const host = parsed.host ?? hostOfPlatform(process.platform);
  if (!isHost(host)) {
    io.stderr(`qemu-opts help: unknown host '${host}' (known: ${HOSTS.join(', ')})\n`);
    return 2;
  }
  const loaded = await loadCatalogFile(parsed.catalog, io);
  if ('error' in loaded) {
    io.stderr(`qemu-opts help: ${loaded.error}\n`);
    return 2;
  }
  const lookup: MacroLookup = profile
    ? buildLookup(profile.defined)
    : hostLookup(hostProfile(host));
  const release = parsed.release ?? newestRelease(loaded.catalog.releases);
  io.stdout(
    generateHelpText(loaded.catalog, { arch, lookup, ...(release ? { release } : {}) }),
  );
  return 0;
}

/** The newest of a catalog's releases (they are listed oldest first). */
function newestRelease(releases: string[]): string | undefined {
  return releases[releases.length - 1];
}
