import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { isMigrationUri } from '../../src/validator/incoming-channel.js';

// -incoming in QEMU 10.0 and 10.2 (system/vl.c incoming_option_parse): defer and URIs as
// they are, anything else read as a MigrationChannel (keyval with the implied key
// channel-type, or JSON) while QEMU reads the option. 7.2 takes every argument as a URI.
// Expected messages are those of qapi/qobject-input-visitor.c and qapi-visit-core.c.

const errors = (arg: string, qemuVersion: string) =>
  lintArgv(['qemu-system-x86_64', '-incoming', arg], { qemuVersion, host: 'linux' })
    .diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

const socket = 'main,addr.transport=socket,addr.type=inet,addr.host=h';

const CASES: [string, string, string[]][] = [
  ['defer is no channel', 'defer', []],
  ['a URI is no channel', 'tcp:0:4444', []],
  ['a full socket channel', `${socket},addr.port=4444`, []],
  ['a required member of a nested union variant', socket, ["Parameter 'addr.port' is missing"]],
  ['the implied channel type', 'nosuch,addr.transport=exec',
    ["Parameter 'channel-type' does not accept value 'nosuch'"]],
  ['an unknown member', `${socket},addr.port=1,addr.prot=2`,
    ["Parameter 'addr.prot' is unexpected"]],
  ['JSON: a uint64 member', '{"channel-type":"main","addr":{"transport":"file",' +
    '"filename":"f","offset":"x"}}', ["Parameter 'addr.offset' expects uint64"]],
  ['keyval has no help here', 'main,help', ['Help is not available for this option']],
];

for (const [title, arg, expected] of CASES) {
  test(`-incoming (10.2): ${title}`, () => {
    assert.deepEqual(errors(arg, '10.2'), expected);
    assert.deepEqual(errors(arg, '10.0'), expected);
  });
}

test('-incoming in 7.2, and between 7.2 and 10.0, is never read as a channel', () => {
  for (const [, arg] of CASES) {
    assert.deepEqual(errors(arg, '7.2'), []);
    assert.deepEqual(errors(arg, '9.0'), []);
  }
});

test('isMigrationUri: letters up to the first colon', () => {
  assert.ok(isMigrationUri('tcp:0:4444') && isMigrationUri('exec:cat f') && isMigrationUri(':x'));
  assert.ok(!isMigrationUri('defer') && !isMigrationUri('channel-type=main,a=b:c'));
});
