/**
 * Runs the real QEMU binary on generated command lines, several at a time.
 *
 * Every run is `qemu-system-x86_64 -machine none -nodefaults -display none -S -qmp stdio`
 * followed by the case's options, with `qmp_capabilities` and `quit` on stdin, inside a
 * temporary directory that the runner creates (the working directory, `HOME` and `TMPDIR`),
 * with a time limit. The cases themselves use no network other than loopback and name no
 * files outside that directory (see generators/).
 *
 * @module
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readVerdict, type QemuRun, type QemuVerdict } from './qemu-verdict.js';

/** The QEMU binary the differential test runs; `QEMU_BINARY` overrides it. */
export const QEMU_BINARY = process.env.QEMU_BINARY ?? '/usr/bin/qemu-system-x86_64';

/** The words every run starts with, before the case's own options. */
export const BASE_ARGV = ['-machine', 'none', '-nodefaults', '-display', 'none', '-S'];

/** What is written to QEMU's stdin: enter command mode, then quit. */
const QMP_INPUT = '{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n';

/** Milliseconds a run may take before it is killed. */
const TIME_LIMIT_MS = 15_000;

/** Whether the binary is installed. */
export function qemuAvailable(): boolean {
  return existsSync(QEMU_BINARY);
}

/** The first line of `-version`, e.g. `QEMU emulator version 7.2.22 (Debian …)`. */
export function qemuVersionLine(): string {
  const out = spawnSync(QEMU_BINARY, ['-version'], { encoding: 'utf8' });
  return (out.stdout ?? '').split('\n')[0];
}

/** A scratch directory for runs, removed by `dispose`. */
export interface Sandbox {
  /** The directory. */
  dir: string;
  /** Removes the directory and everything in it. */
  dispose(): void;
}

/** Creates the scratch directory the runs use as working directory, HOME and TMPDIR. */
export function createSandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-diff-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs QEMU once on `options` (the words after {@link BASE_ARGV} and `-qmp stdio`). */
export function runQemuOnce(options: readonly string[], sandbox: Sandbox): Promise<QemuRun> {
  const argv = [...BASE_ARGV, '-qmp', 'stdio', ...options];
  const env = { PATH: '/usr/bin:/bin', HOME: sandbox.dir, TMPDIR: sandbox.dir, LANG: 'C' };
  return new Promise((resolve) => {
    // Descriptor 3 is an open pipe, so that `-add-fd fd=3` names a descriptor QEMU can take.
    const stdio = ['pipe', 'pipe', 'pipe', 'pipe'] as const;
    const child = spawn(QEMU_BINARY, argv, { cwd: sandbox.dir, env, stdio: [...stdio] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIME_LIMIT_MS);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // QEMU may exit before it reads stdin (errors, help): a broken pipe is expected then.
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(QMP_INPUT);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ status: null, timedOut, stdout, stderr: stderr + String(err) });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, timedOut, stdout, stderr });
    });
  });
}

/** Runs QEMU on `options` and reads its verdict. */
export async function qemuVerdict(options: readonly string[], sandbox: Sandbox): Promise<QemuVerdict> {
  const run = await runQemuOnce(options, sandbox);
  return readVerdict(run, basename(QEMU_BINARY), options);
}

/**
 * Maps `work` over `items` with at most `limit` promises pending at once, keeping order.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
