import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/index.js';
import { testQemu72Verdicts, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * Arguments QEMU 7.2 refuses while it reads the command line (an outside tester's lines):
 * `-uuid` and `-smbios type=`, each pinned to the binary's message (null: it runs).
 */
const CASES: Qemu72Case[] = [
  ['-uuid that is no UUID', ['-uuid', 'not-a-uuid'], 'failed to parse UUID string: wrong format'],
  ['-uuid one digit short', ['-uuid', '12345678-9abc-def0-1234-56789abcdef'],
    'failed to parse UUID string: wrong format'],
  ['-uuid in upper case', ['-uuid', '12345678-9ABC-DEF0-1234-56789ABCDEF0'], null],
  ['-smbios type without fields', ['-smbios', 'type=99'],
    "Don't know how to build fields for SMBIOS type 99"],
  ['-smbios type in hex', ['-smbios', 'type=0x63'],
    "Don't know how to build fields for SMBIOS type 99"],
  ['-smbios type above 127', ['-smbios', 'type=200'], 'out of range!'],
  ['-smbios negative type', ['-smbios', 'type=-1'], 'out of range!'],
  ['-smbios the last type counts', ['-smbios', 'type=1,type=99'],
    "Don't know how to build fields for SMBIOS type 99"],
  ['-smbios type in octal', ['-smbios', 'type=010'], null],
  ['-smbios type 1 with a field', ['-smbios', 'type=1,manufacturer=x'], null],
];

for (const [title, argv, error] of CASES) {
  test(`parse-time arguments: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.ok(ours.includes(error), `${JSON.stringify(ours)} lacks ${error}`);
  });
}

test('parse-time arguments: a release whose sources were not read gets no error', () => {
  const { diagnostics } = lintArgv(['qemu-system-x86_64', '-uuid', 'x', '-smbios', 'type=99'],
    { qemuVersion: '11.1', host: 'linux', target: 'x86_64' });
  assert.deepEqual(diagnostics.filter((d) => d.code === 'invalid-argument'), []);
});

testQemu72Verdicts('parse-time arguments: QEMU 7.2 still gives these verdicts', CASES);
