import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBool } from '../../../src/model/values/parse-bool.js';

test('spec 2.2: the accepted bool spellings', () => {
  for (const value of ['on', 'yes', 'true', 'y']) assert.deepEqual(parseBool('k', value),
    { ok: true, value: true });
  for (const value of ['off', 'no', 'false', 'n']) assert.deepEqual(parseBool('k', value),
    { ok: true, value: false });
});

test('spec 2.2: anything else, case included, expects on or off', () => {
  for (const value of ['On', 'ON', '1', '0', '', 'maybe', ' on']) {
    assert.deepEqual(parseBool('exit-with-parent', value), {
      ok: false,
      code: 'invalid-bool',
      message: "Parameter 'exit-with-parent' expects 'on' or 'off'",
    }, value);
  }
});

test('spec 2.2: before 5.2 only on and off', () => {
  assert.equal(parseBool('k', 'yes', '5.1').ok, false);
  assert.equal(parseBool('k', 'on', '5.1').ok, true);
  assert.equal(parseBool('k', 'yes', '5.2').ok, true);
});
