import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `qemu-opts import-binary ./s.sh --timeout 1`, where s.sh starts a child that never
 * answers, printed "did not answer within 1 s" and then never exited: the script's child
 * kept the pipes open. The whole process group is now ended.
 */

const bin = fileURLToPath(new URL('../../../bin/qemu-opts.mjs', import.meta.url));

/** Whether process `pid` still runs (a zombie, killed but not yet reaped, does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

test('import-binary: a wrapper whose child never answers ends after the timeout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-hang-'));
  const script = join(dir, 's.sh');
  const pidFile = join(dir, 'sleep.pid');
  writeFileSync(script, `#!/bin/sh\nsleep 1000 &\necho $! > '${pidFile}'\nwait\n`);
  chmodSync(script, 0o755);
  // The spawn limit only keeps a regression from hanging the suite; nothing is timed.
  const run = spawnSync(process.execPath, [bin, 'import-binary', script, '--timeout', '1'],
    { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
  const sleeper = Number(readFileSync(pidFile, 'utf8'));
  const wasAlive = alive(sleeper);
  if (wasAlive) process.kill(sleeper, 'SIGKILL');
  assert.equal(run.signal, null, 'qemu-opts did not exit by itself');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /did not answer within 1 s/);
  assert.equal(wasAlive, false, 'the child of the binary is still running');
});
