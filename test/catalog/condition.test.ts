import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildLookup,
  evaluateCondition,
  formatCondition,
  hostLookup,
  parseCondition,
  type ConditionNode,
} from '../../src/catalog/condition.js';
import { hostProfile, type Host } from '../../src/catalog/hosts.js';

function parsed(text: string): ConditionNode {
  const node = parseCondition(text);
  assert.ok(!('message' in node), `${text}: ${JSON.stringify(node)}`);
  return node;
}

test('C and catalog spellings parse to the same condition', () => {
  const c = parsed('defined(CONFIG_POSIX) && !defined(EMSCRIPTEN)');
  assert.equal(formatCondition(c), 'CONFIG_POSIX && !EMSCRIPTEN');
  assert.deepEqual(parsed('CONFIG_POSIX && !EMSCRIPTEN'), c);
  assert.equal(formatCondition(parsed('(A || B) && !(C && D)')), '(A || B) && !(C && D)');
});

test('-run-with exists on POSIX hosts that are not Emscripten (spec 4.2)', () => {
  const runWith = parsed('CONFIG_POSIX && !EMSCRIPTEN');
  const expected: Record<Host, boolean> = {
    linux: true, freebsd: true, darwin: true, netbsd: true, openbsd: true,
    windows: false, emscripten: false,
  };
  for (const [host, want] of Object.entries(expected)) {
    assert.equal(evaluateCondition(runWith, hostLookup(hostProfile(host as Host))), want, host);
  }
});

test('exit-with-parent=on works on Linux, FreeBSD and macOS only (spec 4.1)', () => {
  const works = parsed('__linux__ || __FreeBSD__ || __APPLE__');
  const on = (h: Host) => evaluateCondition(works, hostLookup(hostProfile(h)));
  assert.deepEqual(
    (['linux', 'freebsd', 'darwin', 'netbsd', 'openbsd'] as Host[]).map(on),
    [true, true, true, false, false],
  );
});

test('a feature macro is unknown for a host, and known for a configured build', () => {
  const spice = parsed('CONFIG_SPICE');
  assert.equal(evaluateCondition(spice, hostLookup(hostProfile('linux'))), 'unknown');
  assert.equal(evaluateCondition(parsed('CONFIG_SPICE && _WIN32'),
    hostLookup(hostProfile('linux'))), false);
  assert.equal(evaluateCondition(spice, buildLookup(new Set(['CONFIG_SPICE']))), true);
  assert.equal(evaluateCondition(spice, buildLookup(new Set())), false);
});

test('malformed conditions report where reading stopped', () => {
  const bad = parseCondition('A && (B || ');
  assert.ok('message' in bad);
  assert.equal(bad.offset, 11);
  const junk = parseCondition('A + B');
  assert.ok('message' in junk);
  assert.equal(junk.offset, 1);
});
