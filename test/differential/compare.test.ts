import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVerdicts, ourVerdict } from './compare.js';
import type { QemuVerdict } from './qemu-verdict.js';

const ok: QemuVerdict = { outcome: 'ok', status: 0, reports: [] };
function qemuError(message: string, location?: string): QemuVerdict {
  const error = { message, location, warning: false, hint: [] };
  return { outcome: 'error', status: 1, reports: [error], error };
}
const error = (message: string) => ({ severity: 'error', code: 'x', message });

test('errors agree only when QEMU\'s message is among ours', () => {
  const bad = qemuError("Parameter 'timestamp' expects 'on' or 'off'", '-msg timestamp=x');
  assert.equal(compareVerdicts(bad, ourVerdict([error("Parameter 'timestamp' expects 'on' or 'off'")])).kind, 'agree');
  assert.equal(compareVerdicts(bad, ourVerdict([error('Invalid parameter \'timestamp\'')])).kind, 'disagree');
  assert.equal(compareVerdicts(bad, ourVerdict([])).kind, 'disagree');
});

test('warnings are no errors, and a help request is an early exit', () => {
  assert.equal(compareVerdicts(ok, ourVerdict([{ severity: 'warning', code: 'w', message: 'm' }])).kind, 'agree');
  const help: QemuVerdict = { outcome: 'exit-early', status: 1, reports: [] };
  assert.equal(compareVerdicts(help, ourVerdict([{ severity: 'info', code: 'help-request', message: 'h' }])).kind, 'agree');
  assert.equal(compareVerdicts(ok, ourVerdict([error('x')])).kind, 'disagree');
});

test('an exclusion explains a QEMU error only when we report none, and only at its options', () => {
  const late = qemuError('fw_cfg device not available', '-fw_cfg name=opt/x,string=y');
  assert.equal(compareVerdicts(late, ourVerdict([])).kind, 'excluded');
  assert.equal(compareVerdicts(late, ourVerdict([error('other')])).kind, 'disagree');
  const keyval = qemuError("Invalid parameter 'x'", '-msg x=1');
  assert.equal(compareVerdicts(keyval, ourVerdict([])).kind, 'disagree');
  assert.equal(compareVerdicts(qemuError("Invalid parameter 'x'", '-smp x=1'), ourVerdict([])).kind, 'excluded');
});
