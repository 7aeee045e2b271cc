import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv } from '../../src/lint/lint-text.js';
import { BUILTIN_CATALOG } from '../../src/catalog/builtin-catalog.js';
import { releaseStatus } from '../../src/catalog/versions.js';

// Releases the built-in catalog knows exactly (QEMU's records, the spec's -run-with history in
// section 4.3, facts.json) give errors; releases strictly inside a window that only sampling
// bounds (Debian's 7.2, 10.0 and 10.2 sources) give the `version-uncertain` info instead.

/** `[code, severity, text under the range]` for each finding on an x86_64 Linux argv. */
function findings(version: string, words: string[]): string[][] {
  const result = lintArgv(['qemu-system-x86_64', ...words], {
    qemuVersion: version,
    host: 'linux',
  });
  return result.diagnostics.map((d) => [
    d.code,
    d.severity,
    result.source.text.slice(d.start.offset, d.end.offset),
  ]);
}

test('-perfmap: QEMU 8.0 added it (facts.json), so 9.0 accepts it and 7.2 does not', () => {
  assert.deepEqual(findings('9.0', ['-perfmap']), []);
  assert.deepEqual(findings('8.0', ['-jitdump']), []);
  assert.deepEqual(findings('7.2', ['-perfmap']), [['not-in-version', 'error', '-perfmap']]);
  const [d] = lintArgv(['qemu-system-x86_64', '-perfmap'], { qemuVersion: '7.2' }).diagnostics;
  assert.equal(d.message, 'invalid option');
});

test('an option added between two sampled releases: info inside the window, error before', () => {
  // -shim: absent from QEMU 7.2 (the 7.2 binary rejects it), present in 10.0; no record.
  const inside = lintArgv(['qemu-system-x86_64', '-shim', 'shim.efi'], { qemuVersion: '9.0' });
  assert.deepEqual(
    inside.diagnostics.map((d) => [d.code, d.severity]),
    [['version-uncertain', 'info']],
  );
  assert.match(inside.diagnostics[0].message, /-shim appeared between QEMU 7\.2 and 10\.0/);
  assert.match(inside.diagnostics[0].message, /cannot tell whether QEMU 9\.0 has it/);
  assert.deepEqual(findings('7.2', ['-shim', 'x']), [['not-in-version', 'error', '-shim']]);
  assert.deepEqual(findings('10.0', ['-shim', 'x']), []);
});

test('an option removed between two known releases: info inside the window, error after', () => {
  // No option of the built-in catalog is left with a removal window (QEMU records them all),
  // so the window is put on a copy: -audio-help as if only the samples 7.2 and 10.0 knew it.
  const catalog = structuredClone(BUILTIN_CATALOG);
  const entry = catalog.entries.find((e) => e.kind === 'option' && e.name === 'audio-help');
  assert.ok(entry && entry.kind === 'option');
  entry.versions = { removed: '10.0', removedAfter: '7.2' };
  const lint = (v: string) =>
    lintArgv(['qemu-system-x86_64', '-audio-help'], { qemuVersion: v, catalog }).diagnostics;
  const inside = lint('8.2');
  assert.deepEqual(inside.map((d) => [d.code, d.severity]), [['version-uncertain', 'info']]);
  assert.match(inside[0].message, /-audio-help was removed between QEMU 7\.2 and 10\.0/);
  assert.deepEqual(lint('7.2'), []);
  assert.deepEqual(lint('10.0').map((d) => [d.code, d.severity]), [['removed', 'error']]);
});

test("QEMU's removal records are exact: -audio-help went in 8.2, -spice password in 8.0", () => {
  assert.deepEqual(findings('8.2', ['-audio-help']), [['removed', 'error', '-audio-help']]);
  assert.ok(findings('8.1', ['-audio-help']).every((f) => f[1] !== 'error'));
  assert.deepEqual(findings('8.0', ['-spice', 'password=x']), [['removed', 'error', 'password']]);
  assert.ok(findings('7.2', ['-spice', 'password=x']).every((f) => f[1] !== 'error'));
});

test('-overcommit mem-lock: a bool up to 9.2, a string with on-fault from 10.0', () => {
  assert.deepEqual(findings('9.2', ['-overcommit', 'mem-lock=on']), []);
  assert.deepEqual(findings('9.2', ['-overcommit', 'mem-lock=on-fault']), [
    ['invalid-bool', 'error', 'on-fault'],
  ]);
  assert.deepEqual(findings('10.0', ['-overcommit', 'mem-lock=on-fault']), []);
});

test('a parameter whose type changed at an unknown release: either type passes inside', () => {
  // The window the samples alone give: bool in 7.2, string in 10.0.
  const catalog = structuredClone(BUILTIN_CATALOG);
  const [bool, string] = catalog.lists.overcommit.params.filter((p) => p.name === 'mem-lock');
  assert.deepEqual([bool.type, string.type], ['bool', 'string']);
  bool.versions = { removed: '10.0', removedAfter: '7.2' };
  string.versions = { since: '10.0', sinceAfter: '7.2' };
  for (const value of ['on', 'on-fault']) {
    const result = lintArgv(['qemu-system-x86_64', '-overcommit', `mem-lock=${value}`], {
      qemuVersion: '9.0',
      catalog,
    });
    const found = result.diagnostics.map((d) => [d.code, d.severity]);
    assert.deepEqual(found, [['version-uncertain', 'info']], value);
  }
});

test('the exact -run-with history of spec 4.3 still gives errors', () => {
  assert.deepEqual(findings('8.0', ['-run-with', 'chroot=/x']), [
    ['not-in-version', 'error', '-run-with'],
  ]);
  assert.deepEqual(findings('10.1', ['-run-with', 'exit-with-parent=on']), [
    ['not-in-version', 'error', 'exit-with-parent'],
  ]);
  assert.deepEqual(findings('9.0', ['-run-with', 'user=1000:1000']), [
    ['not-in-version', 'error', 'user'],
  ]);
  assert.deepEqual(findings('9.1', ['-run-with', 'user=1000:1000']), []);
});

test('releaseStatus reads the bounds of uncertain events', () => {
  const added = { since: '10.0', sinceAfter: '7.2' };
  assert.deepEqual(releaseStatus(added, '7.2'), { kind: 'not-yet', since: '10.0', after: '7.2' });
  assert.deepEqual(releaseStatus(added, '8.0.1'), {
    kind: 'uncertain',
    event: 'added',
    after: '7.2',
    by: '10.0',
  });
  assert.deepEqual(releaseStatus(added, '10.0'), { kind: 'present' });
  const gone = { removed: '10.2', removedAfter: '10.0' };
  assert.deepEqual(releaseStatus(gone, '10.0'), { kind: 'present' });
  assert.equal(releaseStatus(gone, '10.1').kind, 'uncertain');
  assert.deepEqual(releaseStatus(gone, '10.2'), { kind: 'removed', since: '10.2', after: '10.0' });
  assert.deepEqual(releaseStatus({ since: '9.1' }, '9.0'), { kind: 'not-yet', since: '9.1' });
});
