import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { QEMU_BINARY, qemuAvailable } from '../differential/qemu-runner.js';
import { hxPath } from '../helpers/qemu-hx-files.js';

/**
 * `qemu-opts help` without `--build` used to print every branch of an #if/#elif/#else
 * chain (gtk, sdl, vnc and none after "The default display is equivalent to"). It now
 * prints the host's build with every optional feature: exactly one branch per chain.
 */

/** `help --catalog` of a release's qemu-options.hx, as text. */
async function helpOf(release: string): Promise<string> {
  const io = capturedIo();
  assert.equal(await main(['help', '--host', 'linux', '--catalog', hxPath(release)], io), 0);
  return io.out;
}

/** The lines after the default-display sentence, up to the next option. */
function defaultDisplay(text: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('The default display is equivalent to'));
  assert.ok(at >= 0);
  const rest = lines.slice(at + 1);
  return rest.slice(0, rest.findIndex((l) => l.startsWith('-')));
}

for (const release of ['7.2', '10.2']) {
  test(`help --catalog ${release}.hx names one default display: gtk`, async () => {
    assert.deepEqual(defaultDisplay(await helpOf(release)).map((l) => l.trim()), [
      '"-display gtk"',
    ]);
  });
}

test("help --catalog 7.2.hx is QEMU 7.2's -help but for netmap, which Debian leaves out",
  { skip: !qemuAvailable() }, async () => {
    const qemu = spawnSync(QEMU_BINARY, ['-help'], { encoding: 'utf8' }).stdout;
    const ours = (await helpOf('7.2'))
      .replace(/^-netdev netmap[^\n]*\n(?: {16}[^\n]*\n)*/m, '')
      .replaceAll('|netmap', '');
    // QEMU's -help wraps the option part in a banner and a closing text.
    assert.ok(qemu.includes(ours), 'the option part differs from QEMU 7.2 -help');
  });
