/**
 * Shared pieces of the regression tables that pin a QEMU 7.2 verdict: our errors for a
 * command line checked as QEMU 7.2 on Linux/x86_64, and each case run through the binary.
 */
import { lintArgv } from '../../src/index.js';
import { createSandbox, qemuVerdict } from '../differential/qemu-runner.js';
import type { QemuVerdict } from '../differential/qemu-verdict.js';

/** A regression case: title, the words after the runner's base, QEMU's message (null: runs). */
export type Qemu72Case = [string, string[], string | null];

/** Our error messages for `argv`, checked as QEMU 7.2 on a Linux x86_64 host. */
export function ourErrors72(argv: string[]): string[] {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', ...argv],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  return diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
}

/** Runs every case through the real binary in one sandbox, handing each verdict to `check`. */
export async function forEachQemuVerdict(
  cases: readonly Qemu72Case[],
  check: (qemu: QemuVerdict, [title, argv, error]: Qemu72Case) => void,
): Promise<void> {
  const sandbox = createSandbox();
  try {
    for (const c of cases) check(await qemuVerdict(c[1], sandbox), c);
  } finally {
    sandbox.dispose();
  }
}
