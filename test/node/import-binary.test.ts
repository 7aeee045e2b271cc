import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { BUILTIN_FACTS_FILE, DEBIAN_BINARY } from '../../scripts/import-builtin-facts.js';
import { propertiesOf, type BuildFacts } from '../../src/catalog/build-facts.js';
import { readQdm } from '../../src/import/binary-facts.js';
import { importBinaryFacts, BuildFactsError } from '../../src/node/index.js';
import { openQmpSession } from '../../src/node/qmp-stdio.js';

const facts = JSON.parse(readFileSync(BUILTIN_FACTS_FILE, 'utf8')) as BuildFacts;
const skip = existsSync(DEBIAN_BINARY) ? false : 'qemu-system-x86_64 is not installed';

test('info qdm lines give bus and no-user', () => {
  const rows = readQdm('USB devices:\nname "usb-host", bus usb-bus\n' +
    'name "esp", no-user\nname "lsi53c895a", bus PCI, alias "lsi"\n' +
    'name "nvdimm", desc "DIMM, \\"x\\""\n');
  assert.deepEqual([...rows], [['usb-host', { bus: 'usb-bus', noUser: false }],
    ['esp', { noUser: true }], ['lsi53c895a', { bus: 'PCI', alias: 'lsi', noUser: false }],
    ['nvdimm', { noUser: false }]]);
});

test('the facts give back each device\'s full property list, as QEMU 7.2 lists it', {
  skip, timeout: 60_000,
}, async () => {
  const session = await openQmpSession(DEBIAN_BINARY, 30_000);
  try {
    for (const device of ['e1000', 'pc-dimm', 'virtio-net-pci', 'isa-serial', 'nvdimm']) {
      const listed = await session.ask('device-list-properties', { typename: device });
      const names = (listed as { name: string }[]).map((p) => p.name)
        .filter((n) => !n.startsWith('legacy-')).sort();
      assert.deepEqual([...propertiesOf(facts, device)!.keys()].sort(), names, device);
    }
  } finally {
    await session.close();
  }
});

test('references are recorded as the id namespace they name', () => {
  assert.equal(propertiesOf(facts, 'isa-serial')!.get('chardev'), 'chr');
  assert.equal(propertiesOf(facts, 'e1000')!.get('netdev'), 'netdev');
  assert.equal(propertiesOf(facts, 'ide-hd')!.get('drive'), 'drive');
  assert.equal(propertiesOf(facts, 'pc-dimm')!.get('memdev'), 'link<memory-backend>');
  assert.equal(propertiesOf(facts, 'tpm-tis')!.get('tpmdev'), 'tpmdev');
});

test('properties whose setter reads its own syntax are recorded as that syntax', () => {
  assert.equal(propertiesOf(facts, 'e1000')!.get('mac'), 'macaddr');
  assert.equal(propertiesOf(facts, 'e1000')!.get('addr'), 'pci-devfn');
  assert.equal(propertiesOf(facts, 'vmgenid')!.get('guid'), 'uuid');
  assert.equal(propertiesOf(facts, 'e1000')!.get('romfile'), 'str');
  assert.equal(propertiesOf(facts, 'e1000')!.get('bootindex'), 'int32');
});

test('a program that is not QEMU is a BuildFactsError, not a hang', async () => {
  await assert.rejects(importBinaryFacts('/bin/true', { timeoutMs: 5000 }), BuildFactsError);
  await assert.rejects(importBinaryFacts('/nonexistent/qemu'), BuildFactsError);
  await assert.rejects(importBinaryFacts('/bin/sleep', { timeoutMs: 500 }), BuildFactsError);
});
