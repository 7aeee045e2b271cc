import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQemuInvocations } from '../../src/input/qemu-commands.js';
import { runCli } from '../cli/run-cli.js';

/**
 * `echo qemu-system-x86_64 -m 11GB` in a script used to be linted as a QEMU call: any word
 * naming an emulator counted. Only the program word does, after known wrappers.
 */

/** The program and argument words of each QEMU command found in `script`. */
function found(script: string): string[][] {
  return readQemuInvocations(script, 'script').invocations.map((i) => i.argv.map((w) => w.text));
}

test('arguments of echo, printf, cat and the like are not QEMU commands', async () => {
  for (const line of [
    'echo qemu-system-x86_64 -m 11GB',
    'printf "%s\\n" qemu-system-x86_64 -m 11GB',
    'cat qemu-system-x86_64',
    'ls -l /usr/bin/qemu-system-x86_64',
    'which qemu-kvm',
  ]) {
    assert.deepEqual(found(line), [], line);
  }
  const script = 'echo qemu-system-x86_64 -m 11GB\n';
  const run = await runCli(['lint', '--qemu-version', '7.2', '-'], script);
  assert.doesNotMatch(run.out, /invalid-size/, run.out);
  assert.match(run.out, /no-qemu-command/);
  assert.equal(run.status, 0, run.out);
});

test('wrappers with their options and arguments still lead to the emulator', () => {
  const cases: [string, string[]][] = [
    ['sudo -u qemu qemu-system-x86_64 -m 1G', ['qemu-system-x86_64', '-m', '1G']],
    ['env -u DISPLAY A=1 /usr/bin/qemu-kvm -S', ['/usr/bin/qemu-kvm', '-S']],
    ['exec nohup nice -n 5 qemu-system-x86_64 -S', ['qemu-system-x86_64', '-S']],
    ['taskset -c 0-3 qemu-system-x86_64 -S', ['qemu-system-x86_64', '-S']],
    ['taskset 0x3 qemu-system-x86_64 -S', ['qemu-system-x86_64', '-S']],
    ['numactl --cpunodebind=0 -m 0 -- qemu-system-x86_64 -S', ['qemu-system-x86_64', '-S']],
    ['time -p qemu-system-x86_64 -S', ['qemu-system-x86_64', '-S']],
  ];
  for (const [line, argv] of cases) assert.deepEqual(found(line), [argv], line);
});
