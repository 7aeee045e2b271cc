/**
 * `npm run bench`: speed of the QemuOpts grammar against a hand-written scanner, and the
 * cold start of the `qemu-opts` command against `node -e ''` (issue 2, item 10). Ratios
 * are measured in one run on this machine; nothing here is a test.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseQemuOpts } from '../src/model/parse-qemu-opts.js';
import { scanQemuOpts } from './hand-scanner.js';
import { REFERENCE_STRINGS } from './reference-strings.js';

const SPEED_TARGET = 0.3;
const COLD_START_TARGET = 1.5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Calls per second of `run(text)`, timed over about `ms` milliseconds. */
function rate(run: (text: string) => unknown, text: string, ms: number): number {
  let calls = 0;
  let sink = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 500; i++) sink += (run(text) as unknown[] | object) ? 1 : 0;
    calls += 500;
    elapsed = performance.now() - started;
  } while (elapsed < ms);
  if (sink < 0) console.log(sink);
  return (calls * 1000) / elapsed;
}

/** Best of `rounds` interleaved measurements of both, so load affects both alike. */
function compare(text: string, rounds: number): { grammar: number; scanner: number } {
  const grammar: number[] = [];
  const scanner: number[] = [];
  const ours = (t: string) => parseQemuOpts(t);
  rate(ours, text, 200);
  rate(scanQemuOpts, text, 200);
  for (let round = 0; round < rounds; round++) {
    grammar.push(rate(ours, text, 250));
    scanner.push(rate(scanQemuOpts, text, 250));
  }
  return { grammar: Math.max(...grammar), scanner: Math.max(...scanner) };
}

/** Median wall time in milliseconds of running `node args…` `runs` times. */
function medianRun(args: string[], runs: number): { ms: number; status: number | null } {
  const times: number[] = [];
  let status: number | null = null;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - started);
    status = run.status;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], status };
}

/** The cold-start command: `lint ONE_LINE_FILE` once the lint command exists. */
function coldStartCommand(): { args: string[]; label: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-bench-'));
  const file = join(dir, 'one-line.sh');
  writeFileSync(file, 'qemu-system-x86_64 -run-with exit-with-parent=on\n');
  const bin = join(root, 'bin', 'qemu-opts.mjs');
  const probe = spawnSync(process.execPath, [bin, 'lint', file], { encoding: 'utf8' });
  if (probe.status === 0 || probe.status === 1) {
    return { args: [bin, 'lint', file], label: `qemu-opts lint ${file}` };
  }
  return {
    args: [bin, '--version'],
    label: 'qemu-opts --version (the lint command is not there yet: start-up of the CLI only)',
  };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(11);
let failed = false;

const load = loadavg()[0].toFixed(2);
console.log(`QemuOpts strings per second (Node ${process.version}, load average ${load}); ` +
  `grammar = parseQemuOpts end to end, scanner = bench/hand-scanner.ts; target >= ${SPEED_TARGET}`);
console.log('string'.padEnd(34) + 'grammar'.padStart(11) + 'scanner'.padStart(11) + '  ratio');
for (const { name, text } of REFERENCE_STRINGS) {
  const { grammar, scanner } = compare(text, 5);
  const ratio = grammar / scanner;
  const verdict = ratio >= SPEED_TARGET ? 'PASS' : 'FAIL';
  failed ||= verdict === 'FAIL';
  const label = `${name} (${text.length} B)`.padEnd(34);
  console.log(`${label}${fmt(grammar)}${fmt(scanner)}  ${ratio.toFixed(2)} ${verdict}`);
}

const command = coldStartCommand();
const runs = 11;
medianRun(['-e', ''], 2);
const baseline = medianRun(['-e', ''], runs);
const cli = medianRun(command.args, runs);
const ratio = cli.ms / baseline.ms;
const verdict = ratio <= COLD_START_TARGET ? 'PASS' : 'FAIL';
failed ||= verdict === 'FAIL';
console.log(`\nCold start, median of ${runs} runs, target ratio <= ${COLD_START_TARGET}`);
console.log(`node -e ''  ${baseline.ms.toFixed(1)} ms`);
console.log(`${command.label}  ${cli.ms.toFixed(1)} ms (exit ${cli.status})`);
console.log(`ratio ${ratio.toFixed(2)} ${verdict}`);
process.exitCode = failed ? 1 : 0;
