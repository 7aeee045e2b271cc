import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintArgv } from '../../src/index.js';
import { argvAsText } from '../../src/lint/lint-text.js';
import { collectVerdicts } from './collect-verdicts.js';
import { compareVerdicts, type OurVerdict } from './compare.js';
import { generateDeviceCases } from './generators/device-lines.js';
import { qemuAvailable, qemuVersionLine } from './qemu-runner.js';
import { VerdictCache } from './verdict-cache.js';

// The build-facts checks (-device, -machine, -cpu, -global) against QEMU 7.2 itself, on
// command lines of their own generator and seed. The runner puts `-machine none` before each
// case; qemu-opts lints the same words, so that both see the same machine.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CASES = 1200;
const BUILD = { qemuVersion: '7.2', host: 'linux', target: 'x86_64' } as const;
/** The words the runner puts before every case that concern qemu-opts. */
const RUNNER = ['-machine', 'none'];

/** Codes of checks QEMU makes only after reading every option. */
const LATE_CODES = new Set([
  'invalid-value', 'missing-parameter', 'machine-member-type', 'machine-member-unexpected',
  'unknown-reference', 'accel-property', 'fsdev-local', 'device-driver-missing',
  'device-driver-unknown',
  'device-driver-abstract', 'device-not-creatable', 'device-property-unknown',
  'device-property-value', 'cpu-model-unknown', 'cpu-feature', 'invalid-combination', 'standard-stream-fd',
  'id-conflict', 'netdev-member',
]);

/** Our verdict on the case `argv`, each error on its word in `argv`. */
function ourVerdict(argv: readonly string[]): OurVerdict {
  const full = ['qemu-system-x86_64', ...RUNNER, ...argv];
  const { words } = argvAsText(full);
  const wordAt = (offset: number): number => {
    let index = 0;
    words.forEach((w, i) => { if (w.span.start <= offset) index = i; });
    return index - 1 - RUNNER.length;
  };
  const { diagnostics } = lintArgv(full, BUILD);
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => ({
    message: d.message, word: wordAt(d.start.offset), late: LATE_CODES.has(d.code) }));
  const help = diagnostics.find((d) => d.code === 'help-request');
  return { errors, ...(help ? { help: wordAt(help.start.offset) } : {}) };
}

test(`qemu-opts agrees with QEMU 7.2 on ${CASES} generated -device/-machine/-cpu/-global lines`, {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
  timeout: 900_000,
}, async (t) => {
  assert.match(qemuVersionLine(), /version 7\.2\./, 'the differential test runs against 7.2');
  const cases = generateDeviceCases(CASES);
  const version = qemuVersionLine();
  const cache = new VerdictCache(VerdictCache.fileFor(root, version), version);
  const { verdicts, ran } = await collectVerdicts(cases.map((c) => c.argv), cache);

  const tally = { agree: 0, excluded: new Map<string, number>(), disagree: [] as string[] };
  cases.forEach((c, i) => {
    const result = compareVerdicts(c.argv, verdicts[i], ourVerdict(c.argv));
    if (result.kind === 'agree') tally.agree++;
    else if (result.kind === 'excluded') {
      const id = `${result.exclusion.kind}/${result.exclusion.id}`;
      tally.excluded.set(id, (tally.excluded.get(id) ?? 0) + 1);
    } else tally.disagree.push(`${JSON.stringify(c.argv)}: ${result.reason}`);
  });

  const excluded = [...tally.excluded.values()].reduce((a, b) => a + b, 0);
  t.diagnostic(`QEMU runs: ${ran} (the other ${cases.length - ran} from the verdict cache)`);
  t.diagnostic(`agreement: ${tally.agree}/${cases.length} ` +
    `(${((100 * tally.agree) / cases.length).toFixed(1)} %), excluded: ${excluded}, ` +
    `disagreements: ${tally.disagree.length}`);
  for (const [id, n] of [...tally.excluded].sort()) t.diagnostic(`  excluded ${id}: ${n}`);
  for (const line of tally.disagree.slice(0, 60)) t.diagnostic(`  ${line}`);
  assert.equal(cases.length, CASES);
  assert.deepEqual(tally.disagree, []);
});
