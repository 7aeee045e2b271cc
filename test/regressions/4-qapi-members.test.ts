import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * Members of QAPI-typed arguments (issue 4): -blockdev, -object (JSON and QemuOpts), -netdev
 * (JSON and keyval), -audiodev, -compat and -display read against QEMU's own schema, with
 * QEMU 7.2's verdict for each command line (after the runner's base words; null: it runs).
 * A live run checks that the binary still says so.
 */
const CASES: Qemu72Case[] = [
  ['-blockdev driver member type', ['-blockdev', 'driver=null-co,node-name=a,size=abc'],
    "Parameter 'size' expects integer"],
  ['-blockdev unknown driver member', ['-blockdev', 'driver=null-co,node-name=a,sise=1'],
    "Parameter 'sise' is unexpected"],
  ['-blockdev unknown driver', ['-blockdev', 'driver=nul-co'],
    "Parameter 'driver' does not accept value 'nul-co'"],
  ['-blockdev qcow2 over null-co: nested driver member',
    ['-blockdev', 'driver=qcow2,node-name=a,file.driver=null-co,file.size=x'],
    "Parameter 'file.size' expects integer"],
  ['-blockdev qcow2: member type after the file reference',
    ['-blockdev', 'driver=qcow2,node-name=a,file=b,l2-cache-size=x'],
    "Parameter 'l2-cache-size' expects integer"],
  ['-blockdev raw over null-co runs',
    ['-blockdev', 'driver=raw,node-name=a,file.driver=null-co,file.size=4096'], null],
  ['-blockdev a string where a struct goes', ['-blockdev', 'driver=null-co,node-name=a,cache=x'],
    "Invalid parameter type for 'cache', expected: object"],
  ['-blockdev an enum of a driver', ['-blockdev', 'driver=null-co,node-name=a,detect-zeroes=x'],
    "Parameter 'detect-zeroes' does not accept value 'x'"],
  ['-blockdev JSON int member', ['-blockdev', '{"driver":"null-co","size":"1"}'],
    "Invalid parameter type for 'size', expected: integer"],
  ['-blockdev JSON file reference of the wrong type',
    ['-blockdev', '{"driver":"raw","node-name":"a","file":1}'],
    "Invalid parameter type for 'file', expected: BlockdevRef"],
  ['-blockdev leftover keys: the first in hash order',
    ['-blockdev', 'driver=null-co,node-name=a,zz=1,aa=2,mm=3'], "Parameter 'aa' is unexpected"],
  ['-blockdev leftover keys after the table grew',
    ['-blockdev', 'driver=null-co,node-name=a,k1=1,k2=2,k3=3,k4=4,k5=5,k6=6,k7=7,k8=8,k9=9'],
    "Parameter 'k6' is unexpected"],
  ['-blockdev leftover nested keys', ['-blockdev',
    'driver=null-co,node-name=a,cache.x=1,cache.y=2,cache.direct=on,zz=1'],
  "Parameter 'cache.y' is unexpected"],
  ['-object JSON member type', ['-object', '{"qom-type":"memory-backend-ram","id":"m",' +
    '"size":"1G"}'], "Parameter 'size' expects uint64"],
  ['-object JSON unknown member', ['-object', '{"qom-type":"secret","id":"s","data":"x",' +
    '"b1":1,"a1":2,"c1":3,"d1":4,"e1":5,"f1":6,"g1":7,"h1":8}'], "Parameter 'h1' is unexpected"],
  ['-object JSON without id', ['-object', '{"qom-type":"iothread"}'],
    "Parameter 'id' is missing"],
  ['-object JSON unknown qom-type', ['-object', '{"qom-type":"nosuch","id":"x"}'],
    "Parameter 'qom-type' does not accept value 'nosuch'"],
  ['-object JSON runs', ['-object', '{"qom-type":"iothread","id":"i","poll-grow":2}'], null],
  ['-object (QemuOpts) unknown type is named before a missing id', ['-object', 'no-such-type'],
    "Parameter 'qom-type' does not accept value 'no-such-type'"],
  ['-object (QemuOpts) size member', ['-object', 'memory-backend-ram,id=m,size=x'],
    "Parameter 'size' expects a size value"],
  ['-object (QemuOpts) required member', ['-object', 'memory-backend-ram,id=m'],
    "Parameter 'size' is missing"],
  ['-object (QemuOpts) unknown member: the first in hash order',
    ['-object', 'memory-backend-ram,id=m,size=1M,foo=1,bar=2,baz=3'], "Invalid parameter 'baz'"],
  ['-object (QemuOpts) int64 member', ['-object', 'iothread,id=i,poll-max-ns=08'],
    "Parameter 'poll-max-ns' expects an int64 value"],
  ['-object (QemuOpts) uint32 range', ['-object',
    'memory-backend-ram,id=m,size=1M,prealloc-threads=4294967296'],
  "Parameter 'prealloc-threads' expects uint32_t"],
  ['-object (QemuOpts) no negative uint', ['-object',
    'memory-backend-ram,id=m,size=1M,prealloc-threads=-1'],
  "Parameter 'prealloc-threads' expects a uint64 value"],
  ['-object (QemuOpts) list element', ['-object', 'memory-backend-ram,id=m,size=1M,host-nodes=x'],
    "Parameter 'host-nodes' expects a uint64 value or range"],
  ['-object (QemuOpts) enum member', ['-object', 'secret,id=s,data=x,format=nope'],
    "Parameter 'format' does not accept value 'nope'"],
  ['-object (QemuOpts) a nested struct\'s own key is never read',
    ['-object', 'throttle-group,id=t,limits=1'], "Invalid parameter 'limits'"],
  ['-object (QemuOpts) runs', ['-object', 'iothread,id=i,poll-max-ns=0x10'], null],
  ['-netdev (QemuOpts, read late) unknown member', ['-netdev', 'user,id=n,foo=1'],
    "Invalid parameter 'foo'"],
  ['-netdev (QemuOpts) int member', ['-netdev', 'hubport,id=h,hubid=x'],
    "Parameter 'hubid' expects an int64 value"],
  ['-netdev (QemuOpts) bool member', ['-netdev', 'user,id=n,ipv4=maybe'],
    "Parameter 'ipv4' expects 'on' or 'off'"],
  ['-netdev (QemuOpts) unknown type', ['-netdev', 'nosuch,id=n'],
    "Parameter 'type' does not accept value 'nosuch'"],
  ['-netdev (QemuOpts) a repeated string list, then an int',
    ['-netdev', 'user,id=n,dnssearch=a,dnssearch=b,ipv6-prefixlen='],
    "Parameter 'ipv6-prefixlen' expects an int64 value"],
  ['-netdev JSON list member', ['-netdev', '{"type":"user","id":"n","hostfwd":"tcp::1-:2"}'],
    "Invalid parameter type for 'hostfwd', expected: array"],
  ['-netdev JSON list element', ['-netdev', '{"type":"user","id":"n","hostfwd":[{"str":1}]}'],
    "Invalid parameter type for 'hostfwd[0].str', expected: string"],
  ['-netdev JSON hubport', ['-netdev', '{"type":"hubport","id":"h","hubid":"x"}'],
    "Invalid parameter type for 'hubid', expected: integer"],
  ['-netdev JSON hubport id range', ['-netdev', '{"type":"hubport","id":"h","hubid":4294967296}'],
    "Parameter 'hubid' expects int32_t"],
  ['-audiodev nested member type', ['-audiodev', 'none,id=a,out.frequency=x'],
    "Parameter 'out.frequency' expects integer"],
  ['-audiodev nested unknown member', ['-audiodev', 'none,id=a,out.foo=1,out.bar=2,in.baz=3'],
    "Parameter 'in.baz' is unexpected"],
  ['-audiodev without id', ['-audiodev', 'none'], "Parameter 'id' is missing"],
  ['-audiodev wav member', ['-audiodev', 'wav,id=a,path=x.wav,foo=1'],
    "Parameter 'foo' is unexpected"],
  ['-audiodev fixed settings off with a frequency (checked while reading the option)',
    ['-audiodev', 'none,id=a0,out.frequency=1,out.fixed-settings=n'],
    "You can't use frequency, channels or format with fixed-settings=off"],
  ['-audiodev fixed settings off by default without the mixing engine',
    ['-audiodev', 'none,id=a0,in.mixing-engine=off,in.format=s16'],
    "You can't use frequency, channels or format with fixed-settings=off"],
  ['-audiodev fixed settings without the mixing engine, in before out', ['-audiodev',
    '{"id":"a0","driver":"none","out":{"mixing-engine":false,"fixed-settings":true},' +
    '"in":{"fixed-settings":false,"channels":1}}'],
  "You can't use frequency, channels or format with fixed-settings=off"],
  ['-audiodev JSON: fixed settings without the mixing engine', ['-audiodev',
    '{"id":"a0","driver":"none","out":{"mixing-engine":false,"fixed-settings":true}}'],
  "You can't use fixed-settings without mixeng"],
  ['-audiodev: the mixing engine off and no fixed settings runs',
    ['-audiodev', 'none,id=a0,out.mixing-engine=off'], null],
  ['-compat enum value', ['-compat', 'deprecated-input=nope'],
    "Parameter 'deprecated-input' does not accept value 'nope'"],
  ['-compat unknown member', ['-compat', 'foo=accept'], "Parameter 'foo' is unexpected"],
  ['-compat runs', ['-compat', 'deprecated-output=hide'], null],
  ['-display unknown member', ['-display', 'none,x=1,y=2,z=3,w=4'], "Parameter 'z' is unexpected"],
  ['-display gtk member', ['-display', 'gtk,zoom-to-fit=maybe'],
    "Parameter 'zoom-to-fit' expects 'on' or 'off'"],
];

for (const [title, argv, verdict] of CASES) {
  test(`issue 4 QAPI members: ${title}`, () => {
    assert.deepEqual(ourErrors72(argv), verdict === null ? [] : [verdict]);
  });
}

test('issue 4 QAPI members: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  await forEachQemuVerdict(CASES, (qemu, [title, , verdict]) => {
    const outcome = verdict === null ? 'ok' : 'error';
    assert.equal(qemu.outcome, outcome, `${title}: ${qemu.error?.message}`);
    if (verdict !== null) assert.equal(qemu.error?.message, verdict, title);
  });
});
