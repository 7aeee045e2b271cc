import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseKeyval } from '../../src/model/parse-keyval.js';

// keyval syntax errors as the real QEMU 7.2 binary reports them for -blockdev (implied key
// `driver`, no help), which reports them at once, before any block layer check.
const QEMU = process.env.QEMU_SYSTEM_X86_64 ?? '/usr/bin/qemu-system-x86_64';
const skip = existsSync(QEMU) ? false : `QEMU binary ${QEMU} is not installed`;

const cases = [
  'a.b=1,a=2', 'a=1,a.b=2', 'a.b=1,a.b.c=2', 'a.b.c=1,a.b.0=2', 'list.1=y', 'l.0=x,l.2=z',
  'val,,ue', ',', '=v', 'a=1,.', 'a=1,key.', '.=1', 'key[0]=val', '7up=x', 'a,b', 'a=1,a.b c=2',
  'a=1,a.b.c d=2', 'driver=null-co,help', 'x'.repeat(128) + '=1', 'a.' + 'y'.repeat(128) + '=1',
];

test('keyval syntax errors match QEMU 7.2 -blockdev word for word', { skip }, () => {
  for (const arg of cases) {
    const [error] = parseKeyval(arg, { impliedKey: 'driver', helpSupported: false }).diagnostics;
    assert.ok(error, `we find an error in ${arg}`);
    const args = ['-machine', 'none', '-nodefaults', '-display', 'none', '-S', '-qmp', 'stdio',
      '-blockdev', arg];
    const input = '{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n';
    const run = spawnSync(QEMU, args, { input, encoding: 'utf8', timeout: 20000 });
    assert.equal(run.status, 1, arg);
    assert.equal(run.stderr, `qemu-system-x86_64: -blockdev ${arg}: ${error.message}\n`);
  }
});
