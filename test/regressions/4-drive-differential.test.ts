import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameMessage } from '../differential/compare.js';
import { writeDriveImages } from '../differential/generators/drive-lines.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';
import { ourErrors72 } from '../helpers/qemu-72-cases.js';

/**
 * Disagreements the drive differential test found (issue 4), each pinned with QEMU 7.2's
 * verdict over the generator's images (`disk.img` raw, `disk.qcow2`, `a` and `a,b.img`):
 * [title, -drive argument, QEMU's message or null, the message qemu-opts gives or null for
 * none (where QEMU's verdict depends on the image QEMU probes)].
 */
const CASES: [string, string, string | null, string | null][] = [
  ['qcow2 opened read-write on a read-only file node',
    'file=disk.qcow2,format=qcow2,file.read-only=on,serial=x',
    'Block node is read-only', 'Block node is read-only'],
  ['raw on a read-only file node opens', 'file=disk.img,format=raw,file.read-only=on', null,
    null],
  ['a probed format on a read-only file node: keys no format takes are still reported',
    'file=a,b.img,c,file.read-only=on,size=512', "Block format 'raw' does not support the " +
    "option 'b.img'", "Block format does not support the option 'b.img'"],
  ['a probed qcow2 on a read-only file node', 'file=disk.qcow2,file.read-only=on,serial=x',
    'Block node is read-only', "Block format does not support the option 'serial'"],
  ['probed raw: backing keys', 'file=disk.img,backing.x=1',
    "Driver doesn't support backing files", null],
  ['probed qcow2: backing keys', 'file=disk.qcow2,backing.x=1',
    'Could not open backing file: Must specify either driver or file', null],
  ['probed qcow2: raw takes size, qcow2 does not', 'file=disk.qcow2,size=512',
    "Block format 'qcow2' does not support the option 'size'", null],
  ['probed raw: qcow2 takes lazy-refcounts, raw does not', 'file=a,,b.img,lazy-refcounts=on',
    "Block format 'raw' does not support the option 'lazy-refcounts'", null],
];

for (const [title, arg, , ours] of CASES) {
  test(`-drive differential: ${title}`, () => {
    const errors = ourErrors72(['-drive', arg]);
    if (ours === null) assert.deepEqual(errors, []);
    else assert.ok(errors.includes(ours), JSON.stringify(errors));
  });
}

test('-drive differential: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    writeDriveImages(sandbox.dir);
    for (const [title, arg, qemu, ours] of CASES) {
      const verdict = await qemuVerdict(['-drive', arg], sandbox);
      if (qemu === null) assert.equal(verdict.outcome, 'ok', title);
      else assert.equal(verdict.error?.message, qemu, title);
      // Where we report, QEMU's message is ours, or QEMU met a check of the image first.
      if (ours !== null && qemu !== null && !sameMessage(ours, qemu)) {
        assert.equal(qemu, 'Block node is read-only', title);
      }
    }
  } finally {
    sandbox.dispose();
  }
});
