import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { splitShell } from '../../src/input/shell-splitter.js';

/**
 * Here-documents: their bodies are data for a command, not commands. Each script is also run
 * through bash with every command replaced by one that prints its words, so the expected
 * commands are bash's, not ours.
 */

/** The words of each command, as texts. */
function words(text: string): string[][] {
  return splitShell(text).commands.map((c) => c.words.map((w) => w.text));
}

/** The commands bash runs for `script`: `q` and `cat` print their words, one command a line. */
function bashCommands(script: string): string[][] {
  const prelude = 'q() { printf "%s\\x1f" q "$@"; echo; }\n' +
    'cat() { printf "%s\\x1f" cat "$@"; echo; command cat >/dev/null; }\n';
  const run = spawnSync('bash', ['-c', prelude + script], { encoding: 'utf8' });
  return run.stdout.split('\n').filter((l) => l !== '')
    .map((line) => line.split('\x1f').slice(0, -1));
}

const SCRIPTS: Record<string, string> = {
  'a body that looks like a command': 'cat <<EOF\nq -m 1G\nEOF\nq -smp 2\n',
  'a quoted delimiter': "cat <<'END' 2>/dev/null\nq -bogus\nEND\nq -m 2G\n",
  '<<- strips leading tabs': 'cat <<-EOF\n\tq -x\n\tEOF\nq -m 3G\n',
  'two here-documents on one line': 'cat <<A; cat <<B\nq -a\nA\nq -b\nB\nq -c\n',
  'a here-string is not a here-document': 'cat <<<"q -m 1G"\nq -m 4G\n',
  'the delimiter must be the whole line': 'cat <<EOF\nq -m 1G\n EOF\nEOF2\nEOF\nq -m 5G\n',
  'the body starts after a continued line': 'cat <<EOF \\\n  -n\nq -nope\nEOF\nq -m 6G\n',
};

for (const [name, script] of Object.entries(SCRIPTS)) {
  test(`here-documents as bash reads them: ${name}`, () => {
    assert.deepEqual(words(script), bashCommands(script));
  });
}

test('a here-document that never ends takes the rest of the text, with a warning', () => {
  const script = 'q -m 1G\ncat <<EOF\nq -nope\n';
  const result = splitShell(script);
  assert.deepEqual(result.commands.map((c) => c.words.map((w) => w.text)),
    [['q', '-m', '1G'], ['cat']]);
  assert.equal(result.diagnostics.length, 1);
  const [warning] = result.diagnostics;
  assert.equal(warning.severity, 'warning');
  assert.deepEqual(warning.span, { start: 12, end: 14 });
  assert.match(warning.message, /delimited by end-of-file \(wanted 'EOF'\)/);
});

test('in a libvirt .args file << is not a here-document', () => {
  const result = splitShell('qemu -name a\n<<EOF\n-m 1G\n', 'args');
  assert.deepEqual(result.commands.map((c) => c.words.map((w) => w.text)),
    [['qemu', '-name', 'a', '-m', '1G']]);
});
