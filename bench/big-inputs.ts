/**
 * Memory and time of `lintText` on big inputs (an outside tester's report: 64 bytes of
 * memory per input byte, 30 s for 50 MB, a V8 abort at 100 MB). Each case runs in a fresh
 * Node process, which reports its peak resident memory; the same process without the lint
 * gives the baseline. Measures, printed; not a test.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Goal: peak memory per input byte for one long word. */
const BYTES_PER_BYTE_GOAL = 40;
/** Goal: input bytes linted per second, in MB, for one long word. */
const MB_PER_SECOND_GOAL = 10;

/** One input: a name and how to make its text. */
interface BigInput {
  name: string;
  text: () => string;
}

const INPUTS: BigInput[] = [
  { name: 'one 16 MB word (-name guest=aaa…)',
    text: () => 'qemu-system-x86_64 -name guest=' + 'a'.repeat(16_000_000) + '\n' },
  { name: '200,000 options on one line (-name a)',
    text: () => 'qemu-system-x86_64' + ' -name a'.repeat(200_000) + '\n' },
  { name: '100,000 short commands, one a line',
    text: () => 'qemu-system-x86_64 -m 1G -smp 2\n'.repeat(100_000) },
];

/** The child: reads FILE, lints it unless told not to, prints its time and peak RSS. */
const CHILD = `
const [lintTextUrl, file, lint] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const { lintText } = await import(lintTextUrl);
const text = readFileSync(file, 'utf8');
const started = performance.now();
const found = lint === 'yes' ? lintText(text).diagnostics.length : 0;
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, found, maxRss: process.resourceUsage().maxRSS * 1024 }));
`;

/** Runs the child on `file`; its time, finding count and peak RSS in bytes. */
function measure(root: string, file: string, lint: boolean):
    { ms: number; found: number; maxRss: number } {
  const url = pathToFileURL(join(root, 'dist', 'src', 'lint', 'lint-text.js')).href;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, url, file,
    lint ? 'yes' : 'no'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`bench child failed: ${run.stderr.slice(0, 500)}`);
  return JSON.parse(run.stdout) as { ms: number; found: number; maxRss: number };
}

/** Prints the big-input measures; returns whether the one-word case met its goals. */
export function benchBigInputs(root: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-bench-big-'));
  console.log(`\nBig inputs: lintText in a fresh process, peak RSS above the same process ` +
    `without the lint; goals for one long word: <= ${BYTES_PER_BYTE_GOAL} bytes of memory ` +
    `per input byte, >= ${MB_PER_SECOND_GOAL} MB/s`);
  console.log('input'.padEnd(40) + 'size'.padStart(10) + 'time'.padStart(10) +
    'memory'.padStart(10) + '  per byte');
  let met = true;
  for (const input of INPUTS) {
    const file = join(dir, 'input.sh');
    const text = input.text();
    writeFileSync(file, text);
    const base = measure(root, file, false);
    const run = measure(root, file, true);
    const extra = Math.max(0, run.maxRss - base.maxRss);
    const perByte = extra / text.length;
    const mbPerSecond = text.length / 1e6 / (run.ms / 1000);
    let verdict = '';
    if (input === INPUTS[0]) {
      const ok = perByte <= BYTES_PER_BYTE_GOAL && mbPerSecond >= MB_PER_SECOND_GOAL;
      met &&= ok;
      verdict = ok ? ' PASS' : ' FAIL';
    }
    console.log(input.name.padEnd(40) + `${(text.length / 1e6).toFixed(1)} MB`.padStart(10) +
      `${(run.ms / 1000).toFixed(2)} s`.padStart(10) +
      `${(extra / 1e6).toFixed(0)} MB`.padStart(10) +
      `  ${perByte.toFixed(1)} B (${mbPerSecond.toFixed(1)} MB/s)${verdict}`);
  }
  return met;
}
