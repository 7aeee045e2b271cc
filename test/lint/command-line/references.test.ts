import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv, lintText, type LintOptions } from '../../../src/lint/lint-text.js';

/** `[code, text under the range, message, hint]` of each error of a shell text. */
function errors(text: string, options: LintOptions = {}): (string | undefined)[][] {
  const result = lintText(text, { host: 'linux', qemuVersion: '7.2', ...options });
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) =>
    [d.code, result.source.text.slice(d.start.offset, d.end.offset), d.message, d.hint]);
}

test('an unresolved reference is on the ID, with the nearest ID as a hint', () => {
  assert.deepEqual(errors('qemu-system-x86_64 -chardev null,id=mon0 -mon chardev=mon1'),
    [['unknown-reference', 'mon1', 'chardev "mon1" not found', "did you mean 'mon0'?"]]);
  assert.deepEqual(errors('qemu-system-x86_64 -monitor chardev:c9'),
    [['unknown-reference', 'c9', 'chardev "c9" not found', undefined]]);
  assert.deepEqual(errors('qemu-system-x86_64 -object memory-backend-ram,id=pc.ram,size=1G ' +
    '-machine memory-backend=pc.rom'), [['unknown-reference', 'pc.rom',
    "Memory backend 'pc.rom' not found", "did you mean 'pc.ram'?"]]);
});

test('a definition QEMU makes later than the reference is not seen for a mux base', () => {
  assert.deepEqual(errors('qemu-system-x86_64 -chardev mux,id=m,chardev=c0 ' +
    '-chardev null,id=c0'), [['unknown-reference', 'c0', 'mux: base chardev c0 not found',
    undefined]]);
});

test('IDs that a substitution, -readconfig or -set may define are never reported missing', () => {
  assert.deepEqual(errors('qemu-system-x86_64 -chardev "$CHARDEV" -mon chardev=mon0'), []);
  assert.deepEqual(errors('qemu-system-x86_64 $OPTS -mon chardev=mon0'), []);
  assert.deepEqual(errors('qemu-system-x86_64 -readconfig vm.cfg -mon chardev=mon0'), []);
  assert.deepEqual(errors('qemu-system-x86_64 -object "$MEM" -machine memory-backend=m'), []);
});

test('IDs QEMU makes itself are never reported missing', () => {
  assert.deepEqual(errors('qemu-system-x86_64 -monitor stdio -mon chardev=compat_monitor0'), []);
});

test('a JSON -object defines its ID for a memory backend reference', () => {
  const json = '\'{"qom-type":"memory-backend-ram","id":"m0","size":1048576}\'';
  assert.deepEqual(errors(`qemu-system-x86_64 -object ${json} -machine memory-backend=m0`), []);
});

test('chardev backend names follow the release: tty and parport until 8.0, hub from 10.0', () => {
  const run = (backend: string, qemuVersion: string) =>
    lintArgv(['qemu-system-x86_64', '-chardev', `${backend},id=c,path=p`],
      { host: 'linux', qemuVersion }).diagnostics
      .filter((d) => d.severity === 'error').map((d) => d.message);
  assert.deepEqual(run('tty', '7.2'), []);
  assert.deepEqual(run('tty', '10.0'), ["'tty' is not a valid char driver name"]);
  assert.deepEqual(run('parport', '10.2'), ["'parport' is not a valid char driver name"]);
  assert.deepEqual(run('hub', '7.2'), ["'hub' is not a valid char driver name"]);
  // Between sampled releases the exact boundaries still apply.
  assert.deepEqual(run('tty', '8.1'), ["'tty' is not a valid char driver name"]);
  assert.deepEqual(run('hub', '9.2'), ["'hub' is not a valid char driver name"]);
  // Known in 10.0, so its own check applies.
  assert.deepEqual(run('hub', '10.0'), ["hub: 'chardevs' list is not defined"]);
});

test('-add-fd is not checked for Windows, which has no fd sets', () => {
  const run = (host: LintOptions['host']) => lintArgv(['qemu-system-x86_64', '-add-fd', 'fd=1'],
    { host, qemuVersion: '7.2' }).diagnostics.filter((d) => d.code === 'standard-stream-fd');
  assert.equal(run('linux').length, 1);
  assert.equal(run('windows').length, 0);
});

// Checked against QEMU 7.2 run without the differential runner's own `-qmp stdio` (which
// makes compat_monitor0 itself): `-monitor null` makes the -mon compat_monitor0, `-monitor
// none` makes none, and `-qmp` counts too.
test('-monitor and -qmp make -mon IDs compat_monitorN, counting each other', () => {
  const clash = "Duplicate ID 'compat_monitor0' for mon";
  const mon = '-mon chardev=c0,id=compat_monitor0 -chardev null,id=c0';
  assert.deepEqual(errors(`qemu-system-x86_64 -monitor null ${mon}`).map((e) => e[2]), [clash]);
  assert.deepEqual(errors(`qemu-system-x86_64 -monitor none ${mon}`), []);
  assert.deepEqual(errors(`qemu-system-x86_64 -monitor none -qmp null ${mon}`).map((e) => e[2]),
    [clash]);
  assert.deepEqual(errors('qemu-system-x86_64 -monitor none -qmp null -qmp null ' +
    '-mon chardev=c0,id=compat_monitor1 -chardev null,id=c0').map((e) => e[2]),
  ["Duplicate ID 'compat_monitor1' for mon"]);
});

// From QEMU 10.2's chardev/char-hub.c (10.0 added the hub backend; 7.2 has none to run).
test('a hub chardev (10.0 on) is built on earlier chardevs, never on a mux or a hub', () => {
  const hub = (text: string) => errors(text, { qemuVersion: '10.2' }).map((e) => e[2]);
  assert.deepEqual(hub('qemu-system-x86_64 -chardev hub,id=h'),
    ["hub: 'chardevs' list is not defined"]);
  assert.deepEqual(hub('qemu-system-x86_64 -chardev null,id=a -chardev null,id=b ' +
    '-chardev hub,id=h,chardevs.0=a,chardevs.1=b'), []);
  assert.deepEqual(hub('qemu-system-x86_64 -chardev hub,id=h,chardevs.0=a -chardev null,id=a'),
    ["hub: chardev can't be found by id 'a'"]);
  assert.deepEqual(hub('qemu-system-x86_64 -chardev null,id=a,mux=on ' +
    '-chardev hub,id=h,chardevs.0=a'), ["hub: multiplexers and hub devices can't be stacked, " +
    "check chardev 'a', chardev should not be a hub device or have 'mux=on' enabled"]);
  // Members after a gap are not read.
  assert.deepEqual(hub('qemu-system-x86_64 -chardev null,id=a ' +
    '-chardev hub,id=h,chardevs.0=a,chardevs.2=zz'), []);
  assert.deepEqual(hub('qemu-system-x86_64 -chardev null,id=a -mon a ' +
    '-chardev hub,id=h,chardevs.0=a'), ["Device 'a' is in use"]);
});
