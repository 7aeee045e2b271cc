import fc from 'fast-check';

/**
 * Drawing a differential test's cases: a fixed seed, so every run and CI see the same ones,
 * and no command line twice.
 *
 * @module
 */

/** A drawn case: at least the words after the runner's base command. */
interface HasArgv {
  argv: string[];
}

/**
 * The first `count` distinct cases (by argv) that `arbitrary` draws from `seed`, looking at
 * no more than `count * drawsPerCase` draws.
 */
export function distinctSample<T extends HasArgv>(arbitrary: fc.Arbitrary<T>, count: number,
  seed: number, drawsPerCase: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const c of fc.sample(arbitrary, { seed, numRuns: count * drawsPerCase })) {
    const key = JSON.stringify(c.argv);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length === count) break;
  }
  return out;
}
