import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintArgv } from '../../src/index.js';
import { runCli } from '../cli/run-cli.js';
import { sameMessage } from '../differential/compare.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

/**
 * -drive keys the block driver does not take, and the other checks QEMU makes when it opens
 * a drive's nodes (issue 4): QEMU 7.2's verdict on each case, with an existing raw image
 * `disk.img` (null: QEMU runs it). Where several keys are left over QEMU names one of them
 * (hash order): the case lists the one it names, which must be among ours.
 */
const CASES: [string, string, string | null][] = [
  ['a comma splits the path', 'file=disk.img,format=raw,b.img',
    "Block format 'raw' does not support the option 'b.img'"],
  ['a key of the file protocol on the format', 'file=disk.img,format=raw,locking=off',
    "Block format 'raw' does not support the option 'locking'"],
  ['the file protocol takes locking', 'file=disk.img,format=raw,file.locking=off', null],
  ['an unknown protocol key', 'file=disk.img,format=raw,file.x=1',
    "Block protocol 'file' doesn't support the option 'x'"],
  ['drive and node keys pass', 'file=disk.img,format=raw,aio=threads,offset=0,' +
    'detect-zeroes=on,force-share=on,readonly=on,cache=none,id=d0,stats-intervals.0=60,' +
    'node-name=n0,file.node-name=n1,file.aio=threads,discard=unmap', null],
  ['a qcow2 key on raw', 'file=disk.img,format=raw,lazy-refcounts=on',
    "Block format 'raw' does not support the option 'lazy-refcounts'"],
  ['file and filename on a format', 'file=disk.img,format=raw,filename=disk.img',
    "Block format 'raw' does not support the option 'filename'"],
  ['file and file.filename', 'file=disk.img,format=raw,file.filename=disk.img',
    "Can't specify 'file' and 'filename' options at the same time"],
  ['file and filename on the file protocol', 'file=disk.img,driver=file,filename=disk.img',
    "Can't specify 'file' and 'filename' options at the same time"],
  ['node-name syntax', 'file=disk.img,format=raw,node-name=1x', "Invalid node-name: '1x'"],
  ['an empty node-name', 'file=disk.img,format=raw,node-name=,x=1', "Invalid node-name: ''"],
  ['node-name length', 'file=disk.img,format=raw,node-name=abcdefghijabcdefghijabcdefghij12',
    'Node name too long'],
  ['31 characters pass', 'file=disk.img,format=raw,node-name=abcdefghijabcdefghijabcdefghij1',
    null],
  ['the same name twice', 'file=disk.img,format=raw,node-name=n1,file.node-name=n1',
    "Duplicate nodes with node-name='n1'"],
  ['discard values', 'file=disk.img,format=raw,discard=foo', 'Invalid discard option'],
  ['discard before node-name', 'file=disk.img,format=raw,discard=foo,node-name=1x',
    'Invalid discard option'],
  ['the protocol node first', 'file=disk.img,format=raw,node-name=1x,file.x=1',
    "Block protocol 'file' doesn't support the option 'x'"],
  ['node values before unknown keys', 'file=disk.img,format=raw,node-name=1x,y=1',
    "Invalid node-name: '1x'"],
  ['protocol node values', 'file=disk.img,format=raw,file.discard=foo', 'Invalid discard option'],
  ['a drive key as a short flag', 'file=disk.img,readonly', null],
  ['a removed drive key', 'file=disk.img,format=raw,serial=x',
    "Block format 'raw' does not support the option 'serial'"],
  ['active is 10.0+', 'file=disk.img,format=raw,active=on',
    "Block format 'raw' does not support the option 'active'"],
  ['a protocol as the format', 'file=disk.img,format=file,locking=off', null],
  ['a protocol as the format, unknown key', 'file=disk.img,format=file,x=1',
    "Block protocol 'file' doesn't support the option 'x'"],
  ['a protocol driver without filenames', 'driver=null-co,filename=x',
    "Block protocol 'null-co' doesn't support the option 'filename'"],
  ['null-co keys', 'driver=null-co,size=1M,read-zeroes=on,latency-ns=1', null],
  ['a protocol has no file child', 'driver=null-co,file.x=1',
    "Block protocol 'null-co' doesn't support the option 'file.x'"],
  ['file.driver names the protocol', 'format=raw,file.driver=null-co,file.x=1',
    "Block protocol 'null-co' doesn't support the option 'x'"],
  ['raw has no backing file', 'file=disk.img,format=raw,backing.x=1',
    "Driver doesn't support backing files"],
  ['a format without an image', 'format=raw,x=1', 'A block device must be specified for "file"'],
  ['the file protocol without a name', 'format=raw,file.driver=file,file.x=1',
    "The 'file' block driver requires a file name"],
  ['a help item is a key', 'file=disk.img,format=raw,help',
    "Block format 'raw' does not support the option 'help'"],
  ['nox is x=off', 'file=disk.img,format=raw,nox',
    "Block format 'raw' does not support the option 'x'"],
  ['a key of another driver that vpc takes', 'file=disk.img,format=raw,force_size_calc=1',
    "Block format 'raw' does not support the option 'force_size_calc'"],
  ['force-share needs read-only', 'file=disk.img,format=raw,force-share=on',
    'force-share=on can only be used with read-only images'],
  ['force-share with read-only', 'file=disk.img,format=raw,force-share=on,readonly=on', null],
  ['force-share with snapshot', 'file=disk.img,format=raw,force-share=on,snapshot=on', null],
  ['force-share on the protocol node', 'file=disk.img,format=raw,file.force-share=on',
    'force-share=on can only be used with read-only images'],
  ['force-share before discard', 'file=disk.img,format=raw,force-share=on,discard=foo',
    'force-share=on can only be used with read-only images'],
  ['probed: a key no format takes', 'file=disk.img,b.img',
    "Block format 'raw' does not support the option 'b.img'"],
  ['probed: filename', 'file=disk.img,filename=disk.img',
    "Block format 'raw' does not support the option 'filename'"],
];

/** Cases whose key another probed format takes, so that qemu-opts says nothing. */
const UNSURE: [string, string][] = [
  ['probed: vpc takes force_size_calc', 'file=disk.img,force_size_calc=1'],
  ['probed: qcow2 takes lazy-refcounts', 'file=disk.img,lazy-refcounts=on'],
  ['a device may be host_device or host_cdrom', 'file=/dev/null,format=raw,file.x=1'],
  ['a protocol prefix', 'file=nbd:localhost:1,format=raw,file.x=1'],
  ['a driver without key facts', 'file=disk.img,format=preallocate,b'],
  ['a file= for a protocol without filenames', 'file=disk.img,driver=null-co,x=1'],
];

const BUILD = { qemuVersion: '7.2', host: 'linux', target: 'x86_64' } as const;

/** Our errors on `-drive arg`, with where each starts in the argument. */
function ours(arg: string, build: { qemuVersion: string } = BUILD) {
  const line = ['qemu-system-x86_64', '-drive', arg];
  const start = line.join(' ').indexOf(arg);
  const { diagnostics } = lintArgv(line, { ...BUILD, ...build });
  return diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ message: d.message, code: d.code, at: d.start.offset - start }));
}

for (const [title, arg, error] of CASES) {
  test(`-drive nodes: ${title}`, () => {
    const found = ours(arg);
    if (error === null) assert.deepEqual(found, []);
    else assert.ok(found.some((e) => sameMessage(e.message, error)), JSON.stringify(found));
  });
}

for (const [title, arg] of UNSURE) {
  test(`-drive nodes, not judged: ${title}`, () => assert.deepEqual(ours(arg), []));
}

test('-drive nodes: the error is on the key, the probed message says QEMU names the format',
  () => {
    const [split] = ours('file=disk.img,format=raw,b.img');
    assert.equal(split.code, 'block-driver-option');
    assert.equal(split.at, 'file=disk.img,format=raw,'.length);
    const [probed] = ours('file=disk.img,x=1');
    assert.equal(probed.message, "Block format does not support the option 'x'");
    assert.equal(probed.at, 'file=disk.img,'.length);
  });

test('-drive nodes: keys follow the release (QEMU 10.x sources)', () => {
  // 'active' and qcow2's 'discard-no-unref' came in 10.0; luks got a 'header' child in 9.0.
  assert.deepEqual(ours('file=disk.img,format=raw,active=on', { qemuVersion: '10.0' }), []);
  assert.equal(ours('file=d.q,format=qcow2,discard-no-unref=on').length, 1);
  assert.deepEqual(ours('file=d.q,format=qcow2,discard-no-unref=on', { qemuVersion: '10.2' }),
    []);
  assert.equal(ours('file=d.l,format=luks,header.x=1').length, 1);
  assert.deepEqual(ours('file=d.l,format=luks,header.x=1', { qemuVersion: '10.2' }), []);
  // Between two sampled releases only what both reject.
  assert.deepEqual(ours('file=d.q,format=qcow2,discard-no-unref=on', { qemuVersion: '9.1' }),
    []);
});

test('-drive nodes: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    writeFileSync(join(sandbox.dir, 'disk.img'), Buffer.alloc(65536));
    for (const [title, arg, error] of CASES) {
      const qemu = await qemuVerdict(['-drive', arg], sandbox);
      if (error === null) assert.equal(qemu.outcome, 'ok', `${title}: ${qemu.error?.message}`);
      else assert.equal(qemu.error?.message, error, title);
    }
    for (const [title, arg] of UNSURE.slice(0, 2)) {
      const qemu = await qemuVerdict(['-drive', arg], sandbox);
      assert.equal(qemu.outcome, 'error', title);
    }
  } finally {
    sandbox.dispose();
  }
});

const BUILD_ARGS = ['--qemu-version', '7.2', '--host', 'linux', '--target', 'x86_64'];

test('lint --fix doubles the comma of a split -drive path; the script lints clean and runs', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    for (const name of ['a,b.img', 'c,d']) {
      writeFileSync(join(sandbox.dir, name), Buffer.alloc(65536));
    }
    const script = 'qemu-system-x86_64 -machine none -nodefaults -display none -S \\\n' +
      '  -drive file=a,b.img,format=raw,if=none,id=d0 \\\n  -drive file=c,d,format=raw,if=none\n';
    writeFileSync(join(sandbox.dir, 'vm.sh'), script);
    const before = await runCli(['lint', ...BUILD_ARGS, 'vm.sh'], '', sandbox.dir);
    assert.equal(before.status, 1, before.out);
    await runCli(['lint', '--fix', ...BUILD_ARGS, 'vm.sh'], '', sandbox.dir);
    const fixed = readFileSync(join(sandbox.dir, 'vm.sh'), 'utf8');
    assert.equal(fixed, script.replace('a,b.img', 'a,,b.img').replace('c,d', 'c,,d'));
    const after = await runCli(['lint', ...BUILD_ARGS, 'vm.sh'], '', sandbox.dir);
    assert.equal(after.status, 0, after.out);
    assert.equal(after.out, '');
    const words = ['-drive', 'file=a,,b.img,format=raw,if=none,id=d0',
      '-drive', 'file=c,,d,format=raw,if=none'];
    assert.equal((await qemuVerdict(words, sandbox)).outcome, 'ok');
  } finally {
    sandbox.dispose();
  }
});

/** Node names and IDs across drives: [title, words, QEMU 7.2's message]. */
const ACROSS: [string, string[], string][] = [
  ['a drive ID that is its own node name', ['-drive', 'file=disk.img,format=raw,id=n,node-name=n'],
    "Device name 'n' conflicts with an existing node name"],
  ['a node name twice', ['-drive', 'file=disk.img,format=raw,node-name=n',
    '-drive', 'file=disk.img,format=raw,node-name=n,readonly=on'],
  "Duplicate nodes with node-name='n'"],
  ['a node name that an earlier drive has as its ID', ['-drive', 'file=disk.img,format=raw,id=d0',
    '-drive', 'file=disk.img,format=raw,node-name=d0'],
  'node-name=d0 is conflicting with a device id'],
  ['an earlier protocol node name', ['-drive', 'file=disk.img,format=raw,file.node-name=p',
    '-drive', 'file=disk.img,format=raw,node-name=p'], "Duplicate nodes with node-name='p'"],
  ['a -blockdev node name on a protocol node', ['-blockdev', 'driver=null-co,node-name=n',
    '-drive', 'file=disk.img,format=raw,file.node-name=n'], "Duplicate nodes with node-name='n'"],
];

for (const [title, argv, message] of ACROSS) {
  test(`-drive node names: ${title}`, () => {
    const { diagnostics } = lintArgv(['qemu-system-x86_64', ...argv], BUILD);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => [d.code, d.message]), [['id-conflict', message]]);
  });
}

test('-drive node names: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    writeFileSync(join(sandbox.dir, 'disk.img'), Buffer.alloc(65536));
    for (const [title, argv, message] of ACROSS) {
      assert.equal((await qemuVerdict(argv, sandbox)).error?.message, message, title);
    }
  } finally {
    sandbox.dispose();
  }
});
