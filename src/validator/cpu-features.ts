import { descendsFrom, propertiesOf, type BuildFacts } from '../catalog/build-facts.js';
import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from './did-you-mean.js';
import { applyError } from './global-application.js';

/**
 * The features after an x86 `-cpu` model (`-cpu qemu64,pmu=off,l3_cache`), as QEMU 7.2 reads
 * them (`x86_cpu_parse_featurestr` in `target/i386/cpu.c`): each `name[=value]` item becomes
 * a global property of the model's CPU type (`_` read as `-`, a bare name as `=on`), applied
 * in order when the CPU is created; the first it cannot apply stops QEMU with
 * `can't apply global T.p=v: …`.
 *
 * @module
 */

/** One feature item as written. */
interface Feature {
  name: string;
  value: string;
  span: Span;
}

/** The `name[=value]` items of `text` after the model, with their spans. */
function features(text: string): Feature[] {
  const out: Feature[] = [];
  let start = text.indexOf(',') + 1;
  if (start === 0) return out;
  for (const item of text.slice(start).split(',')) {
    const at = start;
    start += item.length + 1;
    // strtok skips empty items; `+x`/`-x` are the legacy form, applied another way.
    if (item === '' || item.startsWith('+') || item.startsWith('-')) continue;
    const eq = item.indexOf('=');
    const name = (eq < 0 ? item : item.slice(0, eq)).replace(/_/g, '-');
    out.push({ name, value: eq < 0 ? 'on' : item.slice(eq + 1), span: { start: at, end: at +
      (eq < 0 ? item.length : eq) } });
  }
  return out;
}

/**
 * QEMU's error for the first feature of `-cpu text` that the model's CPU type cannot take,
 * for x86 targets. `globalDrivers` are the drivers of the command line's `-global`s: QEMU
 * applies those first, so when one is for this CPU type the features are not checked.
 * Each value is read as a `-global`'s is (`global-application.ts`).
 * LIMITATION(#4): a `+x`/`-x` item or a bad `tsc-freq` passes silently.
 */
export function checkCpuFeatures(text: string, facts: BuildFacts,
  globalDrivers: readonly string[]): SpanDiagnostic[] {
  if (facts.target !== 'x86_64' && facts.target !== 'i386') return [];
  const type = `${text.split(',')[0]}-${facts.target}-cpu`;
  const props = propertiesOf(facts, type);
  if (props === undefined || facts.types[type].propertiesUnknown) return [];
  if (globalDrivers.some((d) => descendsFrom(facts, type, d))) return [];
  for (const f of features(text)) {
    if (f.name === 'tsc-freq') return [];
    const found = applyError(facts, type, props, f.name, f.value);
    if (found === 'unknown') return [];
    if (found === undefined) continue;
    const guess = props.has(f.name) ? undefined : closestName(f.name, props.keys());
    return [{ code: 'cpu-feature', severity: 'error', span: f.span,
      message: `can't apply global ${type}.${f.name}=${f.value}: ${found}`,
      ...(guess ? { hint: `did you mean '${guess}'?` } : {}) }];
  }
  return [];
}
