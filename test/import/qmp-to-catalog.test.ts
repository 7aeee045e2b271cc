import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_CATALOG } from '../../src/catalog/builtin-catalog.js';
import { validateAgainstSchema } from '../../src/catalog/schema-validators.js';
import { importQmp } from '../../src/import/qmp-to-catalog.js';
import { qmpReply, qmpSkip } from '../helpers/qmp-data.js';

// Imports of the real replies of Debian's QEMU 7.2.22, 10.0.13 and 11.1.3 (spec 7).

const reply = qmpReply;
const skip = qmpSkip();
const VERSIONS = ['7.2.22', '10.0.13', '11.1.3'];

for (const v of VERSIONS) {
  test(`QEMU ${v}: the import is a valid catalog with every reported list`, { skip }, () => {
    const { catalog, diagnostics } = importQmp(reply(v), { release: v });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(validateAgainstSchema('catalog', catalog), []);
    assert.equal(catalog.source.kind, 'qmp');
    assert.equal(catalog.source.textBy, 'qemu');
    const reported = (reply(v) as { option: string }[]).map((o) => o.option);
    assert.deepEqual(Object.keys(catalog.lists).sort(), reported.filter((n) => n).sort());
  });
}

test('parameters come back in descriptor order (QMP reverses them): option-rom', { skip }, () => {
  const { catalog } = importQmp(reply('10.0.13'));
  const optionRom = catalog.lists['option-rom'].params.map((p) => p.name);
  assert.deepEqual(optionRom, ['bootindex', 'romfile']);
  assert.deepEqual(
    catalog.lists['memory'].params.map((p) => `${p.name}:${p.type}`),
    ['size:size', 'slots:number', 'maxmem:size'],
  );
});

test('run-with per binary: absent in 7.2, no exit-with-parent in 10.0, present in 11.1',
  { skip }, () => {
  const names = (v: string) =>
    importQmp(reply(v)).catalog.lists['run-with']?.params.map((p) => p.name);
  assert.equal(names('7.2.22'), undefined);
  assert.deepEqual(names('10.0.13'), ['async-teardown', 'chroot', 'user']);
  assert.deepEqual(names('11.1.3'), ['async-teardown', 'chroot', 'exit-with-parent', 'user']);
});

test('lists that accept anything report no parameters', { skip }, () => {
  const { catalog } = importQmp(reply('10.0.13'));
  for (const name of ['device', 'object', 'netdev', 'accel']) {
    assert.equal(catalog.lists[name].acceptsAny, true, name);
    assert.deepEqual(catalog.lists[name].params, []);
  }
  assert.equal(catalog.lists['run-with'].acceptsAny, false);
});

test('implied keys and merging come from known lists, since QMP does not report them',
  { skip }, () => {
  const bare = importQmp(reply('10.0.13')).catalog.lists['memory'];
  assert.equal(bare.impliedKey, undefined);
  assert.equal(bare.merge, false);
  const known = importQmp(reply('10.0.13'), { known: BUILTIN_CATALOG.lists }).catalog;
  assert.equal(known.lists['memory'].impliedKey, 'size');
  assert.equal(known.lists['memory'].merge, true);
});

test('help and defaults are kept as reported', { skip }, () => {
  const { catalog } = importQmp(reply('10.0.13'));
  const guestName = catalog.lists['msg'].params.find((p) => p.name === 'guest-name')!;
  assert.equal(guestName.qemuHasHelp, true);
  assert.equal(typeof guestName.help, 'string');
  const tight = catalog.lists['chardev'].params.find((p) => p.name === 'tight')!;
  assert.equal(tight.default, 'on');
});

const BAD: { description: string; data: unknown }[] = [
  { description: 'a number', data: 3 },
  { description: 'an entry without parameters', data: [{ option: 'x' }] },
  {
    description: 'a parameter of unknown type',
    data: [{ option: 'x', parameters: [{ name: 'a', type: 'int' }] }],
  },
  {
    description: 'a parameter without name',
    data: [{ option: 'x', parameters: [{ type: 'string' }] }],
  },
];

for (const row of BAD) {
  test(`a reply that is ${row.description} gives qmp-format errors, no exception`, () => {
    const { diagnostics } = importQmp(row.data);
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) assert.equal(d.code, 'qmp-format');
  });
}

test('QMP wrapping {"return": [...]} is accepted', { skip }, () => {
  const { catalog, diagnostics } = importQmp({ return: reply('7.2.22') });
  assert.deepEqual(diagnostics, []);
  assert.ok(catalog.lists['chardev']);
});
