import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isQemuProgram, readQemuInvocations } from '../../src/input/qemu-commands.js';
import { decodeText } from '../../src/input/decode-text.js';

test('QEMU programs are qemu-system-* and qemu-kvm, bare or as a path', () => {
  for (const yes of [
    'qemu-system-x86_64',
    '/usr/bin/qemu-system-aarch64',
    '/usr/libexec/qemu-kvm',
    'C:\\qemu\\qemu-system-x86_64.exe',
  ]) {
    assert.equal(isQemuProgram(yes), true, yes);
  }
  for (const no of ['qemu-img', 'qemu-system-', 'echo', 'qemu-system-x86_64:', 'xqemu-kvm']) {
    assert.equal(isQemuProgram(no), false, no);
  }
});

test('a script: only the commands that run QEMU, after wrappers and assignments', () => {
  const text = [
    'set -e',
    'qemu-img create -f qcow2 disk.qcow2 8G',
    'sudo env A=1 taskset -c 1 qemu-system-x86_64 -m 1G \\',
    '  -S; echo done',
    'FOO=bar exec qemu-kvm -nodefaults',
  ].join('\n');
  const { invocations, diagnostics } = readQemuInvocations(text, 'script');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    invocations.map((i) => i.argv.map((w) => w.text)),
    [
      ['qemu-system-x86_64', '-m', '1G', '-S'],
      ['qemu-kvm', '-nodefaults'],
    ],
  );
  assert.deepEqual(
    invocations[1].command.env.map((w) => w.text),
    ['FOO=bar'],
  );
});

test('an .args file is one command whose first word after the environment is the program', () => {
  const text = 'LC_ALL=C \\\nHOME=/x \\\n/opt/emu/bin/my-qemu \\\n-name guest=a \\\n-S\n';
  const { invocations } = readQemuInvocations(text, 'args');
  assert.equal(invocations.length, 1);
  assert.deepEqual(
    invocations[0].argv.map((w) => w.text),
    ['/opt/emu/bin/my-qemu', '-name', 'guest=a', '-S'],
  );
  assert.deepEqual(
    invocations[0].command.env.map((w) => w.text),
    ['LC_ALL=C', 'HOME=/x'],
  );
});

test('a text without a QEMU command says so (info)', () => {
  const { invocations, diagnostics } = readQemuInvocations('echo hello\n', 'script');
  assert.equal(invocations.length, 0);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.severity]),
    [['no-qemu-command', 'info']],
  );
});

test('a program given by a substitution is not taken for QEMU', () => {
  const { invocations } = readQemuInvocations(
    '$QEMU -m 1G\n"${Q}"/qemu-system-x86_64 -S',
    'script',
  );
  assert.equal(invocations.length, 0);
});

test('binary and non-UTF-8 input is refused with the position of the first bad byte', () => {
  const binary = decodeText(new Uint8Array([0x71, 0x0a, 0x61, 0x00, 0x62]));
  assert.equal(binary.ok, false);
  if (!binary.ok) {
    assert.equal(binary.diagnostic.code, 'unreadable-input');
    assert.deepEqual(binary.diagnostic.span, { start: 3, end: 4 });
  }
  const latin1 = decodeText(new Uint8Array([0x61, 0x62, 0xe9, 0x0a]));
  assert.equal(latin1.ok, false);
  if (!latin1.ok) assert.deepEqual(latin1.diagnostic.span, { start: 2, end: 3 });
  assert.deepEqual(decodeText(new TextEncoder().encode('qemu-system-x86_64 -name é\n')), {
    ok: true,
    text: 'qemu-system-x86_64 -name é\n',
  });
});
