import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVerdicts, locationWords, type OurVerdict } from './compare.js';
import type { QemuVerdict } from './qemu-verdict.js';

const ok: QemuVerdict = { outcome: 'ok', status: 0, reports: [] };
function qemuError(message: string, location?: string): QemuVerdict {
  const error = { message, location, warning: false, hint: [] };
  return { outcome: 'error', status: 1, reports: [error], error };
}
const none: OurVerdict = { errors: [] };
const errors = (...list: [string, number][]): OurVerdict =>
  ({ errors: list.map(([message, word]) => ({ message, word })) });

test('QEMU locations map to the option words', () => {
  const argv = ['-msg', 'timestamp=x', '-no-reboot', '-m', '-m'];
  assert.deepEqual(['-msg timestamp=x', '-no-reboot', '-m -m', 'x'].map((l) => locationWords(argv, l)),
    [[0], [2], [3], []]);
});

test('a duplicate ID is QEMU\'s error on the second of two equal options', () => {
  const argv = ['-chardev', 'null,id=d', '-chardev', 'null,id=d'];
  const dup = qemuError("Duplicate ID 'd' for chardev", '-chardev null,id=d');
  assert.equal(compareVerdicts(argv, dup, errors([dup.error!.message, 3])).kind, 'agree');
});

test('first-pass errors come before everything else', () => {
  const argv = ['-msg', 'timestamp=x', '-bogus'];
  const bogus = qemuError('invalid option', '-bogus');
  assert.equal(compareVerdicts(argv, bogus, errors(['m', 1], ['invalid option', 2])).kind, 'agree');
});

test('errors agree when QEMU\'s message is ours on the same option, with nothing earlier', () => {
  const argv = ['-name', 'a', '-msg', 'timestamp=x'];
  const bad = qemuError("Parameter 'timestamp' expects 'on' or 'off'", '-msg timestamp=x');
  assert.equal(compareVerdicts(argv, bad, errors([bad.error!.message, 3])).kind, 'agree');
  assert.equal(compareVerdicts(argv, bad, errors(['Invalid parameter', 1], [bad.error!.message, 3])).kind, 'disagree');
  assert.equal(compareVerdicts(argv, bad, errors(["Invalid parameter 'timestamp'", 3])).kind, 'disagree');
  assert.equal(compareVerdicts(argv, bad, none).kind, 'disagree');
});

test('warnings are no errors, and a help request is an early exit', () => {
  assert.equal(compareVerdicts([], ok, none).kind, 'agree');
  const help: QemuVerdict = { outcome: 'exit-early', status: 1, reports: [] };
  assert.equal(compareVerdicts(['-msg', 'help'], help, { errors: [], help: 1 }).kind, 'agree');
  assert.equal(compareVerdicts(['-m', 'help,x=1', '-m', 'x'], help, { ...errors(['e', 3]), help: 1 }).kind, 'agree');
  assert.equal(compareVerdicts([], ok, errors(['x', 0])).kind, 'disagree');
});

test('an exclusion explains a QEMU error only when we report nothing QEMU had passed', () => {
  const argv = ['-fw_cfg', 'name=x,string=y', '-msg', 'x=1'];
  const late = qemuError('duplicate fw_cfg file name: x', '-fw_cfg name=x,string=y');
  assert.equal(compareVerdicts(argv, late, none).kind, 'excluded');
  // fw_cfg is checked after every option was read: QEMU would have reported -msg x=1 first.
  assert.equal(compareVerdicts(argv, late, errors(['later', 3])).kind, 'disagree');
  assert.equal(compareVerdicts(argv, late, errors(['other', 1])).kind, 'disagree');
  const runas = qemuError('User "x" doesn\'t exist (and is not <uid>:<gid>)', '-runas x');
  // -runas is checked while it is read: a later error was never reached.
  assert.equal(compareVerdicts(['-runas', 'x', '-msg', 'x=1'], runas, errors(['later', 3])).kind, 'excluded');
  const qemuOpts = qemuError("Invalid parameter 'x'", '-msg x=1');
  assert.equal(compareVerdicts(['-msg', 'x=1'], qemuOpts, none).kind, 'disagree');
  // keyval arguments are checked now: a missed keyval error is no longer excused.
  const keyval = qemuError("Parameter 'smp.x' is unexpected", undefined);
  assert.equal(compareVerdicts(['-smp', 'x=1'], keyval, none).kind, 'disagree');
});

test('late checks of ours do not count against an earlier-reported parse-time error', () => {
  const argv = ['-action', 'panic=bad', '-chardev', 'null,id=d', '-chardev', 'null,id=d'];
  const dup = qemuError("Duplicate ID 'd' for chardev", '-chardev null,id=d');
  const ours: OurVerdict = { errors: [
    { message: "Parameter 'panic' does not accept value 'bad'", word: 1, late: true },
    { message: dup.error!.message, word: 5 },
  ] };
  assert.equal(compareVerdicts(argv, dup, ours).kind, 'agree');
  const late = qemuError("Parameter 'panic' does not accept value 'bad'", '-action panic=bad');
  assert.equal(compareVerdicts(argv.slice(0, 2), late, { errors: [ours.errors[0]] }).kind, 'agree');
  assert.equal(compareVerdicts(argv, late, ours).kind, 'disagree');
});

test('a parse-time error at QEMU\'s option stays one when a late one shares its words', () => {
  // -object JSON without id (read while parsing), then a -netdev without id (checked late).
  const argv = ['-object', '{"qom-type":"iothread"}', '-netdev', 'user'];
  const missing = qemuError("Parameter 'id' is missing", '-object {"qom-type":"iothread"}');
  const ours: OurVerdict = { errors: [{ message: "Parameter 'id' is missing", word: 1 },
    { message: "Parameter 'id' is missing", word: 3, late: true }] };
  assert.equal(compareVerdicts(argv, missing, ours).kind, 'agree');
});

test('a failing listing (-d bogus) agrees with QEMU exiting with status 1, late', () => {
  const listed: QemuVerdict = { outcome: 'exit-early', status: 1, reports: [] };
  const listing = { errors: [], listing: 1 };
  assert.equal(compareVerdicts(['-d', 'bogus'], listed, listing).kind, 'agree');
  assert.equal(compareVerdicts(['-d', 'bogus'], ok, listing).kind, 'disagree');
  const zero: QemuVerdict = { outcome: 'exit-early', status: 0, reports: [] };
  assert.equal(compareVerdicts(['-d', 'bogus'], zero, listing).kind, 'disagree');
  // A parse-time error of ours comes before it; a late one does not.
  const parseTime = { errors: [{ message: 'e', word: 3 }], listing: 1 };
  assert.equal(compareVerdicts(['-d', 'bogus', '-m', 'x'], listed, parseTime).kind, 'disagree');
  const late = { errors: [{ message: 'e', word: 3, late: true }], listing: 1 };
  assert.equal(compareVerdicts(['-d', 'bogus', '-m', 'x'], listed, late).kind, 'agree');
});
