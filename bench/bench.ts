/**
 * `npm run bench`: speed of the QemuOpts grammar against a hand-written scanner, the
 * cold start of the `qemu-opts` command against `node -e ''` (issue 2, item 10), and the
 * memory and time per input byte of big inputs (`big-inputs.ts`). Ratios are measured in
 * one run on this machine; nothing here is a test.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseQemuOpts } from '../src/model/parse-qemu-opts.js';
import { scanQemuOpts } from './hand-scanner.js';
import { REFERENCE_STRINGS } from './reference-strings.js';
import { benchBigInputs } from './big-inputs.js';

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
    for (let i = 0; i < 200; i++) sink += (run(text) as unknown[] | object) ? 1 : 0;
    calls += 200;
    elapsed = performance.now() - started;
  } while (elapsed < ms);
  if (sink < 0) console.log(sink);
  return (calls * 1000) / elapsed;
}

/** The middle value of `values` (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length & 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Medians over `rounds` rounds, each timing the scanner and the grammar right after each
 * other, of both rates and of their ratio: a load that changes during the run affects the
 * two sides of a round alike.
 */
function compare(text: string, rounds: number): { grammar: number; scanner: number; ratio: number } {
  const grammar: number[] = [];
  const scanner: number[] = [];
  const ratios: number[] = [];
  const ours = (t: string) => parseQemuOpts(t);
  rate(ours, text, 200);
  rate(scanQemuOpts, text, 200);
  for (let round = 0; round < rounds; round++) {
    const theirs = rate(scanQemuOpts, text, 60);
    const mine = rate(ours, text, 60);
    grammar.push(mine);
    scanner.push(theirs);
    ratios.push(mine / theirs);
  }
  return { grammar: median(grammar), scanner: median(scanner), ratio: median(ratios) };
}

/** Wall time in milliseconds of one run of `node args…`, and its exit status. */
function timeRun(args: string[]): { ms: number; status: number | null } {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  return { ms: performance.now() - started, status: run.status };
}

/** The cold-start command: `lint ONE_LINE_FILE` once the lint command exists. */
function coldStartCommand(): { args: string[]; label: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-bench-'));
  const file = join(dir, 'one-line.sh');
  writeFileSync(file, 'qemu-system-x86_64 -run-with exit-with-parent=on\n');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const bin = join(root, manifest.bin['qemu-opts']);
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

const load = (): string => loadavg().map((n) => n.toFixed(2)).join(' ');
console.log(`QemuOpts strings per second (Node ${process.version}, load average ${load()}); ` +
  `grammar = parseQemuOpts end to end, scanner = bench/hand-scanner.ts; ` +
  `medians of 15 interleaved rounds; target ratio >= ${SPEED_TARGET}`);
console.log('string'.padEnd(34) + 'grammar'.padStart(11) + 'scanner'.padStart(11) + '  ratio');
for (const { name, text } of REFERENCE_STRINGS) {
  const { grammar, scanner, ratio } = compare(text, 15);
  const verdict = ratio >= SPEED_TARGET ? 'PASS' : 'FAIL';
  failed ||= verdict === 'FAIL';
  const label = `${name} (${text.length} B)`.padEnd(34);
  console.log(`${label}${fmt(grammar)}${fmt(scanner)}  ${ratio.toFixed(2)} ${verdict}`);
}

const command = coldStartCommand();
const runs = 21;
const baseline: number[] = [];
const cli: number[] = [];
const ratios: number[] = [];
let status: number | null = null;
timeRun(['-e', '']);
timeRun(command.args);
for (let i = 0; i < runs; i++) {
  const base = timeRun(['-e', '']).ms;
  const run = timeRun(command.args);
  status = run.status;
  baseline.push(base);
  cli.push(run.ms);
  ratios.push(run.ms / base);
}
const ratio = median(cli) / median(baseline);
const verdict = ratio <= COLD_START_TARGET ? 'PASS' : 'FAIL';
failed ||= verdict === 'FAIL';
console.log(`\nCold start, medians of ${runs} interleaved runs (load average ${load()}), ` +
  `target ratio <= ${COLD_START_TARGET}`);
console.log(`node -e ''  ${median(baseline).toFixed(1)} ms`);
console.log(`${command.label}  ${median(cli).toFixed(1)} ms (exit ${status})`);
console.log(`ratio ${ratio.toFixed(2)} ${verdict} (median of the per-pair ratios: ` +
  `${median(ratios).toFixed(2)})`);
failed = !benchBigInputs(root) || failed;
process.exitCode = failed ? 1 : 0;
