import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * `-smbios` fields per type, which QEMU 7.2 checks while it reads the command line: each
 * pinned to the binary's message (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['type 9 (octal 011) has no fields in 7.2', ['-smbios', 'type=011,slot_id=1'],
    "Don't know how to build fields for SMBIOS type 9"],
  ['a field of another type', ['-smbios', 'type=1,location=x'], "Invalid parameter 'location'"],
  ['an unknown field', ['-smbios', 'type=1,foo=bar'], "Invalid parameter 'foo'"],
  ['fields are checked against the last type', ['-smbios', 'type=2,location=x,type=1'],
    "Invalid parameter 'location'"],
  ['the last type counts for its fields too', ['-smbios', 'type=1,type=2,location=x'], null],
  ['a bool field', ['-smbios', 'type=0,uefi=maybe'], "Parameter 'uefi' expects 'on' or 'off'"],
  ['a number field', ['-smbios', 'type=4,max-speed=x'], "Parameter 'max-speed' expects a number"],
  ['type itself is a number field', ['-smbios', 'type=1,type=1x'],
    "Parameter 'type' expects a number"],
  ['fields are checked in the order written', ['-smbios', 'type=1,uuid=x,foo=1'],
    "Invalid parameter 'foo'"],
  ['a field 7.2 does not have yet (type 4)', ['-smbios', 'type=4,processor-family=2'],
    "Invalid parameter 'processor-family'"],
  ['a field 7.2 does not have yet (type 0)', ['-smbios', 'type=0,vm=on'],
    "Invalid parameter 'vm'"],
  ['a release needs two numbers', ['-smbios', 'type=0,release=1'], 'Invalid release'],
  ['a release in hex is no release', ['-smbios', 'type=0,release=0x1.2'], 'Invalid release'],
  ['a release with text after it', ['-smbios', 'type=0,release=1.2x'], null],
  ['a release with spaces before each number', ['-smbios', 'type=0,release= 1. 2'], null],
  ['a type 1 UUID', ['-smbios', 'type=1,uuid=x'], 'Invalid UUID'],
  ['a good type 1 UUID', ['-smbios', 'type=1,uuid=12345678-9abc-def0-1234-56789abcdef0'], null],
  ['a CPU speed above 65535', ['-smbios', 'type=4,max-speed=70000'],
    'SMBIOS CPU speed is too large (> 65535)'],
  ['a CPU speed of -1 wraps', ['-smbios', 'type=4,current-speed=-1'],
    'SMBIOS CPU speed is too large (> 65535)'],
  ['the largest CPU speed', ['-smbios', 'type=4,max-speed=65535'], null],
  ['a number field of type 17 has no range', ['-smbios', 'type=17,speed=-1'], null],
  ['a type 41 kind', ['-smbios', 'type=41,kind=x'], 'invalid parameter value: x'],
  ['an empty type 41 kind', ['-smbios', 'type=41,kind='], 'invalid parameter value: '],
  ['a good type 41 kind', ['-smbios', 'type=41,kind=video,instance=2'], null],
  ['type 11 strings', ['-smbios', 'type=11,value=x'], null],
  ['file= takes no other key', ['-smbios', 'file=nope,type=1'], "Invalid parameter 'type'"],
  ['neither type nor file', ['-smbios', 'manufacturer=x'], 'Must specify type= or file='],
  ['help is no help here', ['-smbios', 'help'], 'Must specify type= or file='],
  ['help is a field no type has', ['-smbios', 'type=1,help'], "Invalid parameter 'help'"],
];

for (const [title, argv, error] of CASES) {
  test(`-smbios: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.deepEqual(ours, [error]);
  });
}

test('-smbios: a field of a later release is known there, and unsure in between', () => {
  const errors = (version: string): string[] => lintArgv(['qemu-system-x86_64', '-smbios',
    'type=0,vm=on', '-smbios', 'type=4,processor-family=2'],
  { qemuVersion: version, host: 'linux', target: 'x86_64' }).diagnostics
    .filter((d) => d.severity === 'error').map((d) => d.message);
  assert.deepEqual(errors('10.2'), []);
  assert.deepEqual(errors('10.1'), []);
  assert.deepEqual(errors('10.0'), ["Invalid parameter 'vm'"]);
});

test('-smbios: the error sits on the key QEMU names', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-smbios', 'type=1,foo=bar'],
    { qemuVersion: '7.2', host: 'linux', target: 'x86_64' });
  const error = diagnostics.find((d) => d.severity === 'error');
  assert.equal(error?.code, 'invalid-parameter');
  assert.equal(error?.start.column, 35);
  assert.equal(error?.end.column, 38);
});

testQemu72Verdicts('-smbios: QEMU 7.2 still gives these verdicts', CASES);

test('-smbios: type 9 has fields from 10.0 on, is unknown in 7.2 and unsure in between', () => {
  const errors = (version: string, arg: string): string[] => lintArgv(['qemu-system-x86_64',
    '-smbios', arg], { qemuVersion: version, host: 'linux', target: 'x86_64' }).diagnostics
    .filter((d) => d.severity === 'error').map((d) => d.message);
  assert.deepEqual(errors('7.2', 'type=9,slot_id=1'),
    ["Don't know how to build fields for SMBIOS type 9"]);
  assert.deepEqual(errors('9.0', 'type=9,bogus=1'), []);
  assert.deepEqual(errors('10.0', 'type=9,slot_id=1'), []);
  assert.deepEqual(errors('10.2', 'type=9,slot_id=x'), ["Parameter 'slot_id' expects a number"]);
});
