import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeDriveImages } from '../differential/generators/drive-lines.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';
import { ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * `-blockdev` members that name other nodes (issue 4): `file`, qcow2's `data-file` and
 * `backing`, resolved against the nodes given earlier, in the order QEMU opens them; and
 * `-machine pflash0=`/`pflash1=`, resolved against every node and drive. Checked against
 * QEMU 7.2 over the empty qcow2 image of the drive differential test.
 */
const QCOW2 = ['-blockdev', 'file,node-name=f,filename=disk.qcow2'];
const CASES: Qemu72Case[] = [
  ['backing names no node', [...QCOW2, '-blockdev', 'qcow2,node-name=q,file=f,backing=x'],
    "Could not open backing file: Cannot find device='x' nor node-name='x'"],
  ['data-file names no node', [...QCOW2, '-blockdev', 'qcow2,node-name=q,file=f,data-file=x'],
    "Cannot find device='x' nor node-name='x'"],
  ['backing defined only later', [...QCOW2, '-blockdev', 'qcow2,node-name=q,file=f,backing=n',
    '-blockdev', 'null-co,node-name=n'],
  "Could not open backing file: Cannot find device='n' nor node-name='n'"],
  ['file comes first', ['-blockdev', 'qcow2,node-name=q,file=g,backing=x'],
    "Cannot find device='g' nor node-name='g'"],
  ['data-file before backing (JSON)', [...QCOW2, '-blockdev',
    '{"driver":"qcow2","node-name":"q","file":"f","backing":"x","data-file":"y"}'],
  "Cannot find device='y' nor node-name='y'"],
  ['-machine pflash0 names no node', ['-M', 'pc,pflash0=x'],
    "Property 'cfi.pflash01.drive' can't find value 'x'"],
  ['-machine pflash1 names no node', ['-M', 'q35,pflash1=y', '-blockdev', 'null-co,node-name=x'],
    "Property 'cfi.pflash01.drive' can't find value 'y'"],
  ['a backing node given earlier runs', [...QCOW2, '-blockdev',
    'null-co,node-name=n', '-blockdev', 'qcow2,node-name=q,file=f,backing=n'], null],
];

for (const [title, argv, verdict] of CASES) {
  test(`issue 4 blockdev node references: ${title}`, () => {
    assert.deepEqual(ourErrors72(argv), verdict === null ? [] : [verdict]);
  });
}

test('issue 4 blockdev node references: pflash takes a node or drive defined anywhere', () => {
  assert.deepEqual(ourErrors72(['-M', 'pc,pflash0=x', '-blockdev', 'null-co,node-name=x']), []);
  assert.deepEqual(ourErrors72(['-M', 'pc,pflash1=d', '-drive', 'if=none,id=d,driver=null-co']),
    []);
  assert.deepEqual(ourErrors72(['-M', 'none,pflash0=y']),
    ["Property 'none-machine.pflash0' not found"]);
});

test('issue 4 blockdev node references: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    writeDriveImages(sandbox.dir);
    for (const [title, argv, verdict] of CASES) {
      const qemu = await qemuVerdict(argv, sandbox);
      assert.equal(qemu.outcome, verdict === null ? 'ok' : 'error', title);
      if (verdict !== null) assert.equal(qemu.error?.message, verdict, title);
    }
  } finally {
    sandbox.dispose();
  }
});
