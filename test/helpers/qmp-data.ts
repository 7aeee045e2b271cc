/**
 * Where tests find the `query-command-line-options` replies of real QEMU binaries (spec 7):
 * `$QEMU_QMP_DATA`, default `<repo>/../shared/data/qmp` (CI runs in a fresh clone with a
 * copy of shared/ beside it). The replies carry QEMU's own help prose, so they are never
 * committed here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './qemu-hx-files.js';

/** The binaries whose replies the data holds, as `X.Y.Z`. */
export const QMP_VERSIONS = ['7.2.22', '10.0.13', '11.1.3'] as const;

/** The directory holding `query-command-line-options-X.Y.Z.json`. */
export function qmpDataDir(): string {
  return process.env.QEMU_QMP_DATA ?? join(repoRoot, '..', 'shared', 'data', 'qmp');
}

/** Path of the reply of QEMU `version` (`10.0.13`). */
export function qmpReplyPath(version: string): string {
  return join(qmpDataDir(), `query-command-line-options-${version}.json`);
}

/** The parsed reply of QEMU `version` (throws when the data lacks it). */
export function qmpReply(version: string): unknown {
  return JSON.parse(readFileSync(qmpReplyPath(version), 'utf8')) as unknown;
}

/**
 * The `skip` option for tests that need the replies: a reason when they are absent outside
 * CI; under `CI=true` never a reason, so a missing file fails the test.
 */
export function qmpSkip(): string | false {
  if (QMP_VERSIONS.every((v) => existsSync(qmpReplyPath(v)))) return false;
  if (process.env.CI === 'true') return false;
  return `QMP replies not found in ${qmpDataDir()} (set QEMU_QMP_DATA to shared/data/qmp)`;
}
