import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitShell } from '../../src/index.js';
import { runCli } from '../cli/run-cli.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

/**
 * `lint --fix` used to turn `-drive file=/a,b,if=none` into `file=/a,b=on,…`: a comma inside
 * a path read as a flag got `=on`, which QEMU 7.2 rejects as it rejects the original. `=on`
 * is offered only for a known bool parameter; a flag right after a path value whose key the
 * list does not know is the rest of the path (`,,`), or, where that is unsure, a hint.
 */

const BUILD_7_2 = ['--qemu-version', '7.2', '--host', 'linux', '--target', 'x86_64'];

/** [options as written, after `lint --fix`, a spelling QEMU accepts with the same meaning]. */
const CASES: [string, string, string][] = [
  // -chardev checks its keys: 'b' is no key of it, so it is the rest of the path.
  ['-chardev file,id=c,path=log,b', '-chardev file,id=c,path=log,,b',
    '-chardev file,id=c,path=log,,b'],
  ['-drive file=disk,b.img,if=none,format=raw', '-drive file=disk,,b.img,if=none,format=raw',
    '-drive file=disk,,b.img,if=none,format=raw'],
  // -object: memory-backend-file has no member 'b' (QEMU's schema), so it is the rest of the
  // path; the bare 'share' is left alone (QEMU reads it as share=on, with a warning).
  ['-object memory-backend-file,id=m,size=1M,mem-path=shm,b,share',
    '-object memory-backend-file,id=m,size=1M,mem-path=shm,,b,share',
    '-object memory-backend-file,id=m,size=1M,mem-path=shm,,b,share=on'],
  // -drive takes the keys of the block driver QEMU opens later: raw takes no 'b', so it is
  // the rest of the path.
  ['-drive file=disk.img,b,if=none,format=raw', '-drive file=disk.img,,b,if=none,format=raw',
    '-drive file=disk.img,,b,if=none,format=raw'],
  // A driver qemu-opts has no key facts for (preallocate) may take 'b': a hint, no fix.
  ['-drive file=disk.img,b,if=none,format=preallocate',
    '-drive file=disk.img,b,if=none,format=preallocate',
    '-drive file=disk.img,,b,if=none,format=preallocate'],
  // A known bool keeps its =on.
  ['-drive file=disk.img,readonly,if=none,format=raw',
    '-drive file=disk.img,readonly=on,if=none,format=raw',
    '-drive file=disk.img,readonly=on,if=none,format=raw'],
];

/** The words of `options`. */
function words(options: string): string[] {
  return splitShell(options).commands[0].words.map((w) => w.text);
}

for (const [written, fixed] of CASES) {
  test(`lint --fix: ${written}`, async () => {
    const sandbox = createSandbox();
    try {
      writeFileSync(join(sandbox.dir, 'vm.sh'), `qemu-system-x86_64 ${written}\n`);
      await runCli(['lint', '--fix', ...BUILD_7_2, 'vm.sh'], '', sandbox.dir);
      const after = readFileSync(join(sandbox.dir, 'vm.sh'), 'utf8');
      assert.equal(after, `qemu-system-x86_64 ${fixed}\n`);
      const args = ['lint', '--format', 'json', ...BUILD_7_2, 'vm.sh'];
      const lint = await runCli(args, '', sandbox.dir);
      const hints = (JSON.parse(lint.out) as { hint?: string }[]).map((d) => d.hint ?? '');
      // Where no fix is sure, the hint still says what doubling the comma would mean.
      if (written === fixed) assert.ok(hints.some((h) => h.includes(',,b')), lint.out);
    } finally {
      sandbox.dispose();
    }
  });
}

test('QEMU 7.2 rejects each line, its b=on spelling, and accepts the comma doubled', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    for (const name of ['disk.img', 'disk,b.img', 'disk.img,b']) {
      writeFileSync(join(sandbox.dir, name), Buffer.alloc(65536));
    }
    for (const [written, fixed, accepted] of CASES) {
      if (written !== fixed && /readonly/.test(written)) continue;
      const before = await qemuVerdict(words(written), sandbox);
      assert.equal(before.outcome, 'error', written);
      const withOn = written.replace(/,b(,|$)/, ',b=on$1');
      if (withOn !== written) {
        assert.equal((await qemuVerdict(words(withOn), sandbox)).outcome, 'error', withOn);
      }
      const good = await qemuVerdict(words(accepted), sandbox);
      assert.equal(good.outcome, 'ok', `${accepted}: ${JSON.stringify(good.reports)}`);
    }
  } finally {
    sandbox.dispose();
  }
});
