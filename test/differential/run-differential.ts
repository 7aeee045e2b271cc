import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintArgv } from '../../src/index.js';
import { argvAsText } from '../../src/lint/lint-text.js';
import { collectVerdicts } from './collect-verdicts.js';
import { compareVerdicts, type OurVerdict } from './compare.js';
import { qemuVersionLine } from './qemu-runner.js';
import { VerdictCache } from './verdict-cache.js';

/**
 * What the differential tests share: our verdict on a case, and the run that compares it
 * with QEMU 7.2's on every case, prints the tally and fails on any disagreement.
 *
 * @module
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BUILD = { qemuVersion: '7.2', host: 'linux', target: 'x86_64' } as const;

/** Codes of checks QEMU makes only after reading every option. */
export const LATE_CODES = new Set([
  'invalid-value', 'missing-parameter', 'machine-member-type', 'machine-member-unexpected',
  'machine-boot-device', 'machine-smp-topology', 'machine-board-boot',
  'fw-cfg-item', 'log-file',
  'unknown-reference', 'accel-property', 'fsdev-local', 'invalid-combination',
  'standard-stream-fd', 'id-conflict', 'netdev-member',
  'device-driver-missing', 'device-driver-unknown', 'device-driver-abstract',
  'device-not-creatable', 'device-property-unknown', 'device-property-value',
  'device-property-read-only', 'global-property-apply', 'netdev-in-use',
  'cpu-model-unknown', 'cpu-feature', 'block-driver-option', 'invalid-object-id',
  'serial-char-driver', 'fsdev-driver',
]);

/**
 * Codes of errors QEMU reports with no message, by printing a list on stdout and exiting
 * with status 1, after reading every option (an unknown `-d` item).
 */
export const LISTING_CODES = new Set(['log-item']);

/**
 * Our verdict on the case `argv`, each error placed on its word of `argv`. `runner` are the
 * words the QEMU runner puts before every case that qemu-opts should see too.
 */
export function ourVerdict(argv: readonly string[], runner: readonly string[] = []):
    OurVerdict {
  const full = ['qemu-system-x86_64', ...runner, ...argv];
  const { words } = argvAsText(full);
  const wordAt = (offset: number): number => {
    let index = 0;
    words.forEach((w, i) => { if (w.span.start <= offset) index = i; });
    return index - 1 - runner.length;
  };
  const { diagnostics } = lintArgv(full, BUILD);
  const errors = diagnostics.filter((d) => d.severity === 'error' && !LISTING_CODES.has(d.code))
    .map((d) =>
      ({ message: d.message, word: wordAt(d.start.offset), late: LATE_CODES.has(d.code) }));
  const help = diagnostics.find((d) => d.code === 'help-request');
  const listing = diagnostics.find((d) => LISTING_CODES.has(d.code));
  return { errors, ...(help ? { help: wordAt(help.start.offset) } : {}),
    ...(listing ? { listing: wordAt(listing.start.offset) } : {}) };
}

/**
 * Runs `cases` through QEMU 7.2 (or the verdict cache) and through qemu-opts, reports the
 * tally on `t`, and asserts that there are `count` cases and no disagreement. `prepare`
 * writes the files the cases name into the runner's directory.
 */
export async function runDifferential(t: TestContext, cases: ReadonlyArray<{ argv: string[] }>,
  count: number, runner: readonly string[] = [], prepare?: (dir: string) => void):
    Promise<void> {
  const version = qemuVersionLine();
  assert.match(version, /version 7\.2\./, 'the differential test runs against QEMU 7.2');
  const cache = new VerdictCache(VerdictCache.fileFor(root, version), version);
  const { verdicts, ran } =
    await collectVerdicts(cases.map((c) => c.argv), cache, undefined, prepare);

  const tally = { agree: 0, errors: 0, excluded: new Map<string, number>(),
    disagree: [] as string[] };
  cases.forEach((c, i) => {
    if (verdicts[i].outcome === 'error') tally.errors++;
    const result = compareVerdicts(c.argv, verdicts[i], ourVerdict(c.argv, runner));
    if (result.kind === 'agree') tally.agree++;
    else if (result.kind === 'excluded') {
      const id = `${result.exclusion.kind}/${result.exclusion.id}`;
      tally.excluded.set(id, (tally.excluded.get(id) ?? 0) + 1);
    } else tally.disagree.push(`${JSON.stringify(c.argv)}: ${result.reason}`);
  });

  const excluded = [...tally.excluded.values()].reduce((a, b) => a + b, 0);
  t.diagnostic(`QEMU runs: ${ran} (the other ${cases.length - ran} from the verdict cache)`);
  t.diagnostic(`QEMU rejected ${tally.errors} of ${cases.length}`);
  t.diagnostic(`agreement: ${tally.agree}/${cases.length} ` +
    `(${((100 * tally.agree) / cases.length).toFixed(1)} %), excluded: ${excluded}, ` +
    `disagreements: ${tally.disagree.length}`);
  for (const [id, n] of [...tally.excluded].sort()) t.diagnostic(`  excluded ${id}: ${n}`);
  for (const line of tally.disagree.slice(0, 60)) t.diagnostic(`  ${line}`);
  assert.equal(cases.length, count);
  assert.deepEqual(tally.disagree, []);
}
