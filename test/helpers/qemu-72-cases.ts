/**
 * Shared pieces of the regression tables that pin a QEMU 7.2 verdict: our errors for a
 * command line checked as QEMU 7.2 on Linux/x86_64, and each case run through the binary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';
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

/**
 * The test that each case still ends in the real binary as the table says (its message, or
 * a clean run), so that a table pinned to QEMU 7.2 cannot drift from it; skipped without it.
 */
export function testQemu72Verdicts(name: string, cases: readonly Qemu72Case[]): void {
  const skip = qemuAvailable() ? false : 'qemu-system-x86_64 is not installed';
  test(name, { skip }, async () => {
    await forEachQemuVerdict(cases, (qemu, [title, , error]) => {
      assert.equal(qemu.outcome, error === null ? 'ok' : 'error', title);
      if (error !== null) assert.equal(qemu.error?.message, error, title);
    });
  });
}
