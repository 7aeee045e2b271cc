import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

/**
 * keyval and JSON arguments (issue 4 item 2): each command line (after the differential
 * runner's base words, `-machine none …`) with QEMU 7.2's verdict (null: it runs). Our
 * errors must be exactly QEMU's one message, and a live run checks that QEMU still says so.
 */
const CASES: [string, string[], string | null][] = [
  ['-smp member type', ['-smp', 'cpus=x'], "Parameter 'smp.cpus' expects integer"],
  ['-smp int64 overflow', ['-smp', 'cpus=99999999999999999999'],
    "Parameter 'smp.cpus' expects integer"],
  ['-smp unknown member', ['-smp', '1,foo=1'], "Parameter 'smp.foo' is unexpected"],
  ['-smp member holding a subtree', ['-smp', 'cpus.x=1'],
    "Parameters 'smp.cpus.*' are unexpected"],
  ['-smp empty value', ['-smp', 'maxcpus='], "Parameter 'smp.maxcpus' expects integer"],
  ['-smp octal and hex are integers', ['-smp', '01,maxcpus=0x1'], null],
  ['-boot bool member', ['-boot', 'menu=x'], "Parameter 'boot.menu' expects 'on' or 'off'"],
  ['-boot int member', ['-boot', 'splash-time=x'], "Parameter 'boot.splash-time' expects integer"],
  ['-boot unknown member', ['-boot', 'foo=1'], "Parameter 'boot.foo' is unexpected"],
  ['-boot keyval syntax: no implied value with ,,', ['-boot', 'c,,d'], "Invalid parameter ''"],
  ['-boot help anywhere is help', ['-boot', 'c,help'], 'help'],
  ['-machine common bool property', ['-machine', 'none,usb=x'],
    "Parameter 'usb' expects 'on' or 'off'"],
  ['-machine common int property', ['-machine', 'phandle-start=x'],
    "Parameter 'phandle-start' expects integer"],
  ['-machine later value wins', ['-machine', 'usb=x', '-M', 'usb=on'], null],
  ['-machine scalar property given a subtree', ['-machine', 'usb.0=1'],
    "Parameters 'usb.*' are unexpected"],
  ['-machine writes into the smp member', ['-machine', 'smp.cpus=x'],
    "Parameter 'smp.cpus' expects integer"],
  ['-smp merged onto a plain smp', ['-machine', 'smp=4', '-smp', '2'],
    "Parameter 'smp' used inconsistently"],
  ['-machine read into an smp object', ['-smp', '2', '-machine', 'smp=4'],
    "Parameters 'smp.*' used inconsistently"],
  ['-machine read into an smp leaf', ['-smp', '2', '-machine', 'smp.cpus.x=1'],
    "Parameters 'smp.cpus.*' used inconsistently"],
  ['-machine keyval syntax', ['-machine', 'none,usb'], "Expected '=' after parameter 'usb'"],
  ['-display type value', ['-display', 'nosuch'], "Parameter 'type' does not accept value 'nosuch'"],
  ['-display cocoa is not built on Linux', ['-display', 'cocoa'],
    "Parameter 'type' does not accept value 'cocoa'"],
  ['-display bool member', ['-display', 'none,full-screen=x'],
    "Parameter 'full-screen' expects 'on' or 'off'"],
  ['-display gl value', ['-display', 'none,gl=x'], "Parameter 'gl' does not accept value 'x'"],
  ['-display without type', ['-display', 'full-screen=on'], "Parameter 'type' is missing"],
  ['-display help only as the whole argument', ['-display', 'none,help'],
    'Help is not available for this option'],
  ['-display vnc needs =DISPLAY', ['-display', 'vnc'],
    'VNC requires a display argument vnc=<display>'],
  ['-display vnc… is never a display type', ['-display', 'vncx'],
    'VNC requires a display argument vnc=<display>'],
  ['-display vnc=ARGS is read as -vnc ARGS (no socket opened: it fails first)',
    ['-display', 'vnc=:5,foo'], "Invalid parameter 'foo'"],
  ['-display JSON bool member', ['-display', '{"type":"none","full-screen":"on"}'],
    "Invalid parameter type for 'full-screen', expected: boolean"],
  ['-display JSON without type', ['-display', '{"full-screen":true}'],
    "Parameter 'type' is missing"],
  ['-blockdev has no help', ['-blockdev', 'driver=null-co,node-name=a,help'],
    'Help is not available for this option'],
  ['-blockdev without driver', ['-blockdev', 'node-name=a'], "Parameter 'driver' is missing"],
  ['-blockdev keyval bool', ['-blockdev', 'null-co,node-name=a,read-only=x'],
    "Parameter 'read-only' expects 'on' or 'off'"],
  ['-blockdev keyval nested bool', ['-blockdev', 'driver=null-co,node-name=a,cache.direct=x'],
    "Parameter 'cache.direct' expects 'on' or 'off'"],
  ['-blockdev JSON bool', ['-blockdev', '{"driver":"null-co","node-name":"a","read-only":"on"}'],
    "Invalid parameter type for 'read-only', expected: boolean"],
  ['-blockdev JSON nested bool',
    ['-blockdev', '{"driver":"null-co","node-name":"a","cache":{"direct":1}}'],
    "Invalid parameter type for 'cache.direct', expected: boolean"],
  ['-blockdev JSON runs', ['-blockdev', '{"driver":"null-co","node-name":"a","read-only":true}'],
    null],
  ['-blockdev JSON syntax', ['-blockdev', '{"driver":"null-co","node-name":"a",'],
    'JSON parse error, premature EOI'],
  ['-blockdev JSON: one value only', ['-blockdev', '{"driver":"null-co","node-name":"a"} x'],
    'Expecting at most one JSON value'],
  ['-device JSON syntax', ['-device', '{"driver":"virtio-rng-pci" "id":"x"}'],
    'JSON parse error, expected separator in dict'],
  ['-netdev JSON syntax', ['-netdev', '{"type":"user","id":"n" '],
    'JSON parse error, premature EOI'],
  ['-audiodev keyval syntax', ['-audiodev', 'none,id=a,foo'],
    "Expected '=' after parameter 'foo'"],
  ['-audiodev JSON runs', ['-audiodev', '{"id":"a","driver":"none","out":{"mixing-engine":false}}'],
    null],
  ['-netdev stream is read by keyval', ['-netdev', 'stream,id=n,server'],
    "Expected '=' after parameter 'server'"],
  ['-netdev type=dgram is read by keyval', ['-netdev', 'type=dgram,id=n,x'],
    "Expected '=' after parameter 'x'"],
  ['-netdev stream has no help', ['-netdev', 'stream,help'],
    'Help is not available for this option'],
  ['-netdev: the last type decides', ['-netdev', 'user,type=stream,id=n,a.b=1,a=2'],
    "Parameters 'a.*' used inconsistently"],
  ['-netdev stream with dotted keys and ,, runs',
    ['-netdev', 'stream,id=n,addr.type=unix,addr.path=s,,x'], null],
  ['-compat keyval syntax', ['-compat', 'deprecated-input=crash,x'],
    "Expected '=' after parameter 'x'"],
];

/** Our verdict in QEMU's terms: the error messages, or `help` for a help request. */
function ours(argv: string[]): string[] {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', ...argv],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  return errors.length === 0 && diagnostics.some((d) => d.code === 'help-request')
    ? ['help'] : errors;
}

for (const [title, argv, verdict] of CASES) {
  test(`issue 4 keyval: ${title}`, () => {
    assert.deepEqual(ours(argv), verdict === null ? [] : [verdict]);
  });
}

test('issue 4 keyval: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  const sandbox = createSandbox();
  try {
    for (const [title, argv, verdict] of CASES) {
      const qemu = await qemuVerdict(argv, sandbox);
      const expected = verdict === null ? 'ok' : verdict === 'help' ? 'exit-early' : 'error';
      assert.equal(qemu.outcome, expected, `${title}: ${qemu.error?.message}`);
      if (expected === 'error') assert.equal(qemu.error?.message, verdict, title);
    }
  } finally {
    sandbox.dispose();
  }
});
