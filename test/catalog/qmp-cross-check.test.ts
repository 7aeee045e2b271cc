import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAvailableIn } from '../../src/catalog/versions.js';
import { BUILTIN, paramsIn } from './builtin-catalog-facts.js';
import { qmpReply, qmpSkip } from '../helpers/qmp-data.js';

// What real QEMU binaries report through query-command-line-options (spec 7), against the
// built-in catalog's lists for the same release. The files are facts from Debian's builds,
// read from shared/data/qmp (test/helpers/qmp-data.ts), never committed.

const SKIP = qmpSkip();
const QMP_TYPES: Record<string, string> = {
  string: 'string', boolean: 'bool', number: 'number', size: 'size',
};

interface QmpOption {
  option: string;
  parameters: { name: string; type: string }[];
}

function readQmp(version: string): QmpOption[] {
  const data = qmpReply(version) as QmpOption[] | { return: QmpOption[] };
  return Array.isArray(data) ? data : data.return;
}

/**
 * Lists a Debian x86_64 binary does not report under their own name: `machine` is QMP's
 * synthetic entry (machine properties, spec 7); the x86 build registers the semihosting
 * stub list, whose name is empty, instead of `semihosting-config`; spice is a module that
 * registers its list only when loaded.
 */
const NOT_REPORTED = new Set(['', 'machine', 'semihosting-config', 'spice']);

if (SKIP) test('QMP replies against the catalog', { skip: SKIP }, () => {});

for (const [file, release] of SKIP ? [] : [
  ['7.2.22', '7.2'],
  ['10.0.13', '10.0'],
]) {
  const qmp = readQmp(file);

  test(`QEMU ${file} reports the same list names as the catalog has for ${release}`, () => {
    const reported = qmp.map((o) => o.option).filter((n) => !NOT_REPORTED.has(n));
    const ours = Object.values(BUILTIN.lists)
      .filter((l) => !NOT_REPORTED.has(l.name) && l.name !== 'display')
      .filter((l) => isAvailableIn(l.versions, release))
      .map((l) => l.name);
    assert.deepEqual(reported.sort(), ours.sort());
  });

  for (const entry of qmp.filter((o) => !NOT_REPORTED.has(o.option))) {
    test(`QEMU ${file}: ${entry.option} parameters and types match the catalog`, () => {
      const theirs = entry.parameters.map((p) => `${p.name}:${QMP_TYPES[p.type]}`);
      const ours = paramsIn(entry.option, release).map((p) => `${p.name}:${p.type}`);
      if (entry.option === 'drive') {
        // QMP's drive entry is a union of several lists (spec 7): compare as sets. (10.0
        // and 7.2 report werror twice, so "duplicates removed" does not hold exactly.)
        assert.deepEqual([...new Set(theirs)].sort(), ours.slice().sort());
      } else {
        // QMP lists parameters in reverse descriptor order (spec 7).
        assert.deepEqual(theirs.reverse(), ours);
      }
    });
  }
}

test('QEMU 11.1.3 still has every 10.2 parameter of the lists it reports (spec 0)',
  { skip: SKIP }, () => {
  const missing: string[] = [];
  for (const entry of readQmp('11.1.3').filter((o) => !NOT_REPORTED.has(o.option))) {
    const theirs = new Set(entry.parameters.map((p) => `${p.name}:${QMP_TYPES[p.type]}`));
    for (const p of paramsIn(entry.option, '10.2')) {
      if (!theirs.has(`${p.name}:${p.type}`)) missing.push(`${entry.option} ${p.name}`);
    }
  }
  assert.deepEqual(missing, []);
});
