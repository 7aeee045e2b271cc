// Runs the differential cases through QEMU 7.2 (filling the verdict cache) and prints a
// tally of outcomes per family, or with --show FAMILY the cases and QEMU's messages.
// Usage after a build: node scripts/differential.mjs [COUNT] [--show FAMILY]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist', 'test', 'differential', p));
const { generateCases } = await dist('generators/command-lines.js');
const { collectVerdicts } = await dist('collect-verdicts.js');
const { VerdictCache } = await dist('verdict-cache.js');
const { qemuVersionLine } = await dist('qemu-runner.js');

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const version = qemuVersionLine();
const cache = new VerdictCache(VerdictCache.fileFor(root, version), version);
const cases = generateCases(count);
const started = Date.now();
const { verdicts, ran } = await collectVerdicts(cases.map((c) => c.argv), cache);
console.log(`${cases.length} cases, ${ran} run in ${Date.now() - started} ms`);
const tally = new Map();
cases.forEach((c, i) => {
  const key = `${c.family} ${verdicts[i].outcome}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
  if (show && (show === c.family || show === 'all')) {
    const e = verdicts[i].error;
    console.log(JSON.stringify(c.argv), verdicts[i].outcome, e ? `[${e.location ?? ''}] ${e.message}` : '');
  }
});
for (const [k, n] of [...tally].sort()) console.log(`${k}: ${n}`);
