import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * Checks QEMU 7.2 makes first once it has read every option, whatever the machine (an outside
 * tester's lines), pinned to the binary: `-append` and `-initrd` without a kernel, `-vga`.
 */
const CASES: Qemu72Case[] = [
  ['-append without -kernel', ['-append', 'foo'], '-append only allowed with -kernel option'],
  ['-initrd without -kernel', ['-initrd', 'x'], '-initrd only allowed with -kernel option'],
  ['-append is checked before -initrd', ['-initrd', 'x', '-append', 'foo'],
    '-append only allowed with -kernel option'],
  ['-machine append= without a kernel', ['-machine', 'append=foo'],
    '-append only allowed with -kernel option'],
  ['-machine kernel= counts as a kernel', ['-machine', 'kernel=/x', '-initrd', 'y'],
    "The -kernel parameter is not supported (use the generic 'loader' device instead)."],
  ['-kernel counts as a kernel', ['-kernel', '/nonexist', '-append', 'foo'],
    "The -kernel parameter is not supported (use the generic 'loader' device instead)."],
];

/** `-vga` types that no name of QEMU's table starts, which it refuses before any backend. */
const VGA_CASES: Qemu72Case[] = [
  ['-vga with an unknown type', ['-vga', 'bogus'], 'unknown vga type: bogus'],
  ['-vga none followed by text', ['-vga', 'nonex'], 'unknown vga type: nonex'],
  ['-vga the last one counts', ['-vga', 'none', '-vga', 'bogus'], 'unknown vga type: bogus'],
  ['-vga a later valid one wins', ['-vga', 'bogus', '-vga', 'none'], null],
  ['-vga none with a retrace method', ['-vga', 'none,retrace=dumb'], null],
];

for (const [title, argv, error] of VGA_CASES) {
  test(`vga type: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

for (const [title, argv, error] of CASES) {
  test(`kernel options: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error!.includes('-kernel parameter')) {
      assert.ok(!ours.some((m) => m.endsWith('only allowed with -kernel option')), title);
    } else {
      assert.ok(ours.includes(error!), `${JSON.stringify(ours)} lacks ${error}`);
    }
  });
}

test('kernel options: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  await forEachQemuVerdict(CASES, (qemu, [title, , error]) => {
    assert.equal(qemu.outcome, 'error', title);
    assert.equal(qemu.error?.message, error, title);
  });
  await forEachQemuVerdict(VGA_CASES, (qemu, [title, , error]) => {
    assert.equal(qemu.outcome, error === null ? 'ok' : 'error', title);
    if (error !== null) assert.equal(qemu.error?.message, error, title);
  });
});
