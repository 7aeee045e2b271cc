/**
 * Gets QEMU's verdict for every case, from the cache where it has one and from the binary
 * otherwise, several QEMU processes at a time.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { createSandbox, mapPool, QEMU_BINARY, runQemuOnce } from './qemu-runner.js';
import { readVerdict, type QemuVerdict } from './qemu-verdict.js';
import type { VerdictCache } from './verdict-cache.js';

/** How many QEMU processes run at once: QEMU_DIFF_JOBS, else 2 per CPU, 4 to 8. */
export function defaultConcurrency(): number {
  const fromEnv = Number(process.env.QEMU_DIFF_JOBS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(4, Math.min(8, availableParallelism() * 2));
}

/** What a collection did. */
export interface Collection {
  /** The verdicts, in case order. */
  verdicts: QemuVerdict[];
  /** How many were run (not taken from the cache). */
  ran: number;
}

/**
 * Verdicts for `argvs`; new ones are added to `cache` (timeouts are not cached). `prepare`
 * puts the files the cases name into the runner's directory. Runs that use such files get
 * a directory each: QEMU locks the images it opens, and two runs sharing one image at the
 * same time would fail with `Failed to get "write" lock`, a verdict of the test, not of
 * the case.
 */
export async function collectVerdicts(
  argvs: readonly string[][],
  cache: VerdictCache,
  concurrency = defaultConcurrency(),
  prepare?: (dir: string) => void,
): Promise<Collection> {
  const sandbox = createSandbox();
  let ran = 0;
  try {
    const verdicts = await mapPool(argvs, concurrency, async (argv) => {
      let run = cache.get(argv);
      if (!run) {
        ran++;
        const own = prepare ? createSandbox() : sandbox;
        try {
          prepare?.(own.dir);
          run = await runQemuOnce(argv, own);
        } finally {
          if (own !== sandbox) own.dispose();
        }
        if (!run.timedOut) cache.set(argv, run);
      }
      return readVerdict(run, basename(QEMU_BINARY), argv);
    });
    return { verdicts, ran };
  } finally {
    sandbox.dispose();
    cache.save();
  }
}
