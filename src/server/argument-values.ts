import { propertiesOf, type BuildFacts } from '../catalog/build-facts.js';
import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import type { OptionEntry, Param } from '../catalog/types.js';
import { backendInRelease } from '../validator/chardev-backends.js';
import type { LintContext } from '../validator/lint-context.js';
import { qapiRootOf, releasesFor } from '../validator/qapi-arguments.js';

/**
 * The names hover and completion offer inside an option's argument, for the build the
 * settings choose (release, host, target), as lint checks them: a parameter's values, the
 * type or driver names a first item takes (`-chardev` backends, `-netdev` types, `-object`
 * qom-types, `-audiodev` and `-blockdev` drivers from the release's QAPI schema, `-device`
 * drivers from the build facts), and a `-device` driver's properties.
 *
 * @module
 */

/**
 * The values of `param` (of `entry`'s list) in the chosen build: without the `-chardev`
 * backends the release lacks (`hub` before 10.0) and the values the host cannot take.
 */
export function parameterValues(entry: OptionEntry, param: Param, ctx: LintContext):
    string[] | undefined {
  if (param.values === undefined) return undefined;
  const offHost = new Set((param.hostRestrictedValues ?? [])
    .filter((r) => ctx.holds(r.condition) === false).flatMap((r) => r.values));
  return param.values.filter((v) => !offHost.has(v) &&
    !(entry.name === 'chardev' && param.name === 'backend' &&
      !backendInRelease(v, ctx.requestedVersion)));
}

/** The device types `-device` can create in `facts`, with their aliases, sorted. */
function deviceDrivers(facts: BuildFacts): string[] {
  const names: string[] = [];
  for (const [name, type] of Object.entries(facts.types)) {
    if (!type.device || type.abstract || type.noUser) continue;
    names.push(name);
    if (type.alias) names.push(type.alias);
  }
  return names.sort();
}

/**
 * The values of the discriminator of the QAPI union `option` is read as, in every sampled
 * release that stands for the chosen one (so none that only a neighbour has), on its host.
 */
function discriminatorValues(option: string, ctx: LintContext): string[] | undefined {
  const root = qapiRootOf(option);
  const releases = releasesFor(ctx.version, BUILTIN_QAPI_TYPES.releases);
  if (root === undefined || releases.length === 0) return undefined;
  let common: string[] | undefined;
  for (const release of releases) {
    const at = (name: string) => BUILTIN_QAPI_TYPES.types[name]?.find((v) =>
      v.releases.includes(release));
    const union = at(root);
    const tag = union?.members?.find((m) => m.name === union.discriminator);
    const values = tag === undefined ? undefined : at(tag.type)?.values;
    if (union?.kind !== 'union' || values === undefined) return undefined;
    const branches = new Set((union.variants ?? []).map((v) => v.name));
    const names = values.filter((v) => ctx.holds(v.if) !== false &&
      (branches.size === 0 || branches.has(v.name)) &&
      // net/net.c: -netdev refuses the nic type, which only -net takes.
      !(option === 'netdev' && v.name === 'nic')).map((v) => v.name);
    common = common === undefined ? names : common.filter((n) => names.includes(n));
  }
  return common;
}

/**
 * The names the first item of `entry`'s argument takes as its type or driver (its implied
 * key), in the chosen build, or undefined when they are not known. `target` names the
 * build facts' target (`x86_64`).
 */
export function firstItemValues(entry: OptionEntry, ctx: LintContext, target: string):
    string[] | undefined {
  if (entry.name === 'device') {
    const facts = ctx.buildFacts(target);
    return facts === undefined ? undefined : deviceDrivers(facts);
  }
  const qapi = discriminatorValues(entry.name, ctx);
  if (qapi !== undefined) return qapi;
  const list = ctx.list(entry);
  const implied = list?.params.find((p) => p.name === list.impliedKey);
  return implied === undefined ? undefined : parameterValues(entry, implied, ctx);
}

/** The properties of `-device` driver `driver` (or its alias) in the build facts, sorted. */
export function deviceProperties(driver: string, ctx: LintContext, target: string):
    string[] | undefined {
  const facts = ctx.buildFacts(target);
  if (facts === undefined) return undefined;
  const type = Object.entries(facts.types).find(([name, t]) =>
    t.device && (name === driver || t.alias === driver))?.[0];
  const properties = type === undefined ? undefined : propertiesOf(facts, type);
  return properties === undefined ? undefined : [...properties.keys()].sort();
}
