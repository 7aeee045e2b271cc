import { BUILTIN_QAPI_TYPES } from '../catalog/builtin-qapi-types.js';
import type { QapiTypeCatalog, QapiTypeVersion } from '../catalog/qapi-types.js';
import { compareVersions, majorMinor } from '../catalog/versions.js';
import type { LintContext } from './lint-context.js';
import {
  visitQapi, type QapiSchemaView, type VisitFinding, type VisitValue,
} from './qapi-visit.js';

/**
 * Checking an option argument against the QAPI type QEMU's visitor reads it as
 * (`catalog/qapi-types.json`), for the release the user chose. For a release between two
 * sampled ones a finding is reported only when both neighbours give it, so that a member
 * added in between is never a false error; outside the sampled range nothing is checked.
 *
 * @module
 */

/** The QAPI type `option`'s argument is read as, if the facts name one. */
export function qapiRootOf(option: string, types = BUILTIN_QAPI_TYPES): string | undefined {
  return Object.hasOwn(types.roots, option) ? types.roots[option] : undefined;
}

/** A view of the facts for one sampled release, with the context's build conditions. */
function viewOf(types: QapiTypeCatalog, release: string, ctx: LintContext): QapiSchemaView {
  const cache = new Map<string, QapiTypeVersion | undefined>();
  return {
    release,
    holds: (condition) => ctx.holds(condition),
    type(name) {
      if (!cache.has(name)) {
        const versions = Object.hasOwn(types.types, name) ? types.types[name] : [];
        cache.set(name, versions.find((v) => v.releases.includes(release)));
      }
      return cache.get(name);
    },
  };
}

/** The sampled releases that stand for the context's release: itself, or both neighbours. */
export function releasesFor(version: string, sampled: readonly string[]): string[] {
  const v = majorMinor(version);
  if (sampled.includes(v)) return [v];
  const lower = sampled.filter((r) => compareVersions(r, v) < 0).pop();
  const upper = sampled.find((r) => compareVersions(r, v) > 0);
  return lower && upper ? [lower, upper] : [];
}

const same = (a: VisitFinding, b: VisitFinding) =>
  a.code === b.code && a.message === b.message && a.span.start === b.span.start;

/**
 * The first error QEMU's visitor reports for `value` read as `type` (`mode`: how QEMU
 * built the value), or undefined.
 */
export function qapiFinding(type: string, value: VisitValue, mode: 'keyval' | 'json',
  ctx: LintContext, types = BUILTIN_QAPI_TYPES): VisitFinding | undefined {
  return agreedFinding(ctx, types, (view) =>
    view.type(type) ? visitQapi(view, type, value, mode) : undefined);
}

/**
 * The finding `visit` gives for the release the context stands for: for a release between
 * two sampled ones, only one both give.
 */
export function agreedFinding(ctx: LintContext, types: QapiTypeCatalog,
  visit: (view: QapiSchemaView) => VisitFinding | undefined): VisitFinding | undefined {
  const releases = releasesFor(ctx.requestedVersion, types.releases);
  const findings = releases.map((r) => visit(viewOf(types, r, ctx)));
  const first = findings[0];
  if (first === undefined || findings.some((f) => f === undefined || !same(f, first))) {
    return undefined;
  }
  return first;
}
