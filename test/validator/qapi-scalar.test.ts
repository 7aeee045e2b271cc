import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonArg } from '../../src/model/parse-json-arg.js';
import {
  isInt64Text, jsonScalarError, keyvalScalarError,
} from '../../src/validator/qapi-scalar.js';

// Each verdict checked with QEMU 7.2 as `-smp maxcpus=VALUE` (spec 2.5: int is strtoll, base 0).
test('keyval int: signed 64-bit, base 0, leading blanks, nothing after', () => {
  for (const ok of ['4', '0x10', '017', '-1', ' +4', '9223372036854775807',
    '-9223372036854775808']) {
    assert.equal(isInt64Text(ok), true, ok);
  }
  for (const bad of ['', '08', '1.5', '4 ', 'x', '9223372036854775808', '99999999999999999999']) {
    assert.equal(isInt64Text(bad), false, bad);
  }
});

test('keyval messages name the full path', () => {
  assert.equal(keyvalScalarError('int', 'smp.cpus', 'x'), "Parameter 'smp.cpus' expects integer");
  assert.equal(keyvalScalarError('bool', 'boot.menu', 'On'),
    "Parameter 'boot.menu' expects 'on' or 'off'");
  assert.equal(keyvalScalarError('bool', 'usb', 'y'), undefined);
  assert.equal(keyvalScalarError('str', 'kernel', ''), undefined);
});

test('JSON values must have the JSON type: strings are no booleans, floats no integers', () => {
  const value = (text: string) => {
    const parsed = parseJsonArg(text).value;
    assert.ok(parsed);
    return parsed;
  };
  assert.equal(jsonScalarError('bool', 'read-only', value('"on"')),
    "Invalid parameter type for 'read-only', expected: boolean");
  // QEMU 7.2: -object '{"qom-type":"throttle-group","id":"t","x-iops-total":1.5}' (an int64).
  assert.equal(jsonScalarError('int', 'x-iops-total', value('1.5')),
    "Invalid parameter type for 'x-iops-total', expected: integer");
  assert.equal(jsonScalarError('str', 'filename', value('1')),
    "Invalid parameter type for 'filename', expected: string");
  assert.equal(jsonScalarError('bool', 'read-only', value('true')), undefined);
  assert.equal(jsonScalarError('int', 'port', value('16')), undefined);
});
