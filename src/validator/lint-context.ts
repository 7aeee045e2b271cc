import {
  evaluateCondition,
  hostLookup,
  parseCondition,
  type MacroLookup,
  type Truth,
} from '../catalog/condition.js';
import { hostProfile, type Host } from '../catalog/hosts.js';
import { archOfTarget } from '../catalog/arches.js';
import { DEFAULT_TARGET } from '../catalog/targets.js';
import type {
  ArchName,
  Catalog,
  Condition,
  OptionEntry,
  ParamList,
  QemuVersion,
} from '../catalog/types.js';
import { nearestKnownRelease } from '../catalog/versions.js';
import type { BuildFacts } from '../catalog/build-facts.js';
import { BUILTIN_BUILD_FACTS } from '../catalog/builtin-build-facts.js';

/**
 * The build a command line is checked against (catalog, host, QEMU release, target) and
 * fast lookups into it, made once per run.
 *
 * @module
 */

/** What the user chose; every field has a default. */
export interface LintSettings {
  /** Host operating system of the QEMU build. Default `linux`. */
  host?: Host;
  /** QEMU release, `X.Y` or `X.Y.Z`. Default: the newest the catalog knows. */
  qemuVersion?: QemuVersion;
  /**
   * Target, as the `qemu-system-NAME` suffix (`x86_64`, `aarch64`). Default: from the
   * program name of the command line, else `x86_64`.
   */
  target?: string;
  /**
   * What the QEMU binary reports about itself (`qemu-opts import-binary`): its devices,
   * machine types and CPU models are then checked when its release (`X.Y`) and target are
   * the ones linted. Default: the built-in facts of Debian's QEMU 7.2 x86_64.
   */
  buildFacts?: BuildFacts;
}

/** The resolved build, with lookups. */
export class LintContext {
  /** The host. */
  readonly host: Host;
  /** The release checked against (after mapping onto the catalog's range). */
  readonly version: QemuVersion;
  /** The release the user asked for. */
  readonly requestedVersion: QemuVersion;
  /** Whether `version` differs from what was asked, because the catalog does not reach it. */
  readonly versionApproximated: boolean;
  private readonly options = new Map<string, OptionEntry>();
  private readonly lookup: MacroLookup;
  private readonly truths = new Map<Condition, Truth>();
  private readonly facts: BuildFacts;

  /** Indexes `catalog` for the chosen `settings`. */
  constructor(
    readonly catalog: Catalog,
    settings: LintSettings = {},
  ) {
    this.host = settings.host ?? 'linux';
    const newest = catalog.releases[catalog.releases.length - 1] ?? '0.0';
    this.requestedVersion = settings.qemuVersion ?? newest;
    const resolved =
      catalog.releases.length > 0
        ? nearestKnownRelease(catalog.releases, this.requestedVersion)
        : { release: this.requestedVersion, exact: true };
    this.version = resolved.release;
    this.versionApproximated = !resolved.exact;
    this.lookup = hostLookup(hostProfile(this.host));
    this.facts = settings.buildFacts ?? BUILTIN_BUILD_FACTS;
    for (const entry of catalog.entries) {
      if (entry.kind === 'option' && !this.options.has(entry.name)) {
        this.options.set(entry.name, entry);
      }
    }
  }

  /** The catalog entry of option `name` (without its dash), in any release or build. */
  option(name: string): OptionEntry | undefined {
    return this.options.get(name);
  }

  /**
   * The build facts when they describe the build linted: the same release (`X.Y`) as asked
   * for and the same `target` (`x86_64`); otherwise undefined, and the checks that need
   * them say nothing.
   */
  buildFacts(target: string): BuildFacts | undefined {
    const release = (v: string): string => v.split('.').slice(0, 2).join('.');
    const fits = release(this.facts.qemuVersion) === release(this.requestedVersion) &&
      this.facts.target === target;
    return fits ? this.facts : undefined;
  }

  /** Every option name the catalog knows. */
  optionNames(): string[] {
    return [...this.options.keys()];
  }

  /** The parameter list an option's argument is checked against, if it has one. */
  list(option: OptionEntry): ParamList | undefined {
    if (option.list === undefined) return undefined;
    return Object.hasOwn(this.catalog.lists, option.list)
      ? this.catalog.lists[option.list]
      : undefined;
  }

  /**
   * Whether a build condition holds on the chosen host: `unknown` for conditions on build
   * features (assumed present by the callers) and for conditions that do not parse.
   */
  holds(condition: Condition | undefined): Truth {
    if (condition === undefined) return true;
    let truth = this.truths.get(condition);
    if (truth === undefined) {
      const node = parseCondition(condition);
      truth = 'message' in node ? 'unknown' : evaluateCondition(node, this.lookup);
      this.truths.set(condition, truth);
    }
    return truth;
  }
}

/** The base architecture for a target name; unknown names fall back to the default. */
export function archOf(target: string | undefined): ArchName {
  return archOfTarget(target ?? DEFAULT_TARGET) ?? archOfTarget(DEFAULT_TARGET)!;
}
