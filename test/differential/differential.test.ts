import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintArgv } from '../../src/index.js';
import { argvAsText } from '../../src/lint/lint-text.js';
import { collectVerdicts } from './collect-verdicts.js';
import { compareVerdicts, type OurVerdict } from './compare.js';
import { generateCases } from './generators/command-lines.js';
import { qemuAvailable, qemuVersionLine } from './qemu-runner.js';
import { VerdictCache } from './verdict-cache.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CASES = 2000;
const BUILD = { qemuVersion: '7.2', host: 'linux', target: 'x86_64' } as const;

/** Codes of checks QEMU makes only after reading every option. */
const LATE_CODES = new Set([
  'invalid-value',
  'missing-parameter',
  'machine-member-type',
  'machine-member-unexpected',
  'unknown-reference', 'accel-property', 'fsdev-local',
  'invalid-combination',
  'standard-stream-fd',
  'id-conflict',
  'netdev-member',
]);

/** Our verdict on the case `argv`, with each error placed on its argv word. */
function ourVerdict(argv: readonly string[]): OurVerdict {
  const full = ['qemu-system-x86_64', ...argv];
  const { words } = argvAsText(full);
  const wordAt = (offset: number): number => {
    let index = 0;
    words.forEach((w, i) => { if (w.span.start <= offset) index = i; });
    return index - 1;
  };
  const { diagnostics } = lintArgv(full, BUILD);
  const errors = diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ message: d.message, word: wordAt(d.start.offset), late: LATE_CODES.has(d.code) }));
  const help = diagnostics.find((d) => d.code === 'help-request');
  return { errors, ...(help ? { help: wordAt(help.start.offset) } : {}) };
}

test(`qemu-opts agrees with QEMU 7.2 on ${CASES} generated command lines`, {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
  timeout: 600_000,
}, async (t) => {
  const version = qemuVersionLine();
  assert.match(version, /version 7\.2\./, 'the differential test runs against QEMU 7.2');
  const cases = generateCases(CASES);
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
  for (const line of tally.disagree.slice(0, 40)) t.diagnostic(`  ${line}`);
  assert.equal(cases.length, CASES);
  assert.deepEqual(tally.disagree, []);
});
