import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateAgainstSchema } from '../../src/catalog/schema-validators.js';
import { isAvailableIn, isDeprecatedIn } from '../../src/catalog/versions.js';
import { BUILTIN, BUILTIN_TEXT, list, option, paramsIn } from './builtin-catalog-facts.js';

// Facts from the spec (sections 1.11, 1.15, 4, 8), checked against the built-in catalog.

test('the built-in catalog is valid against the catalog schema', () => {
  assert.deepEqual(validateAgainstSchema('catalog', BUILTIN, BUILTIN_TEXT), []);
});

test('the built-in catalog carries our own text and knows 7.2 to 10.2', () => {
  assert.equal(BUILTIN.source.kind, 'builtin');
  assert.equal(BUILTIN.source.textBy, 'qemu-opts');
  assert.equal(BUILTIN.releases[0], '7.2');
  assert.equal(BUILTIN.releases[BUILTIN.releases.length - 1], '10.2');
  for (const r of ['8.1', '9.0', '9.1', '10.0', '10.1']) assert.ok(BUILTIN.releases.includes(r));
});

test('every list an option names exists', () => {
  for (const e of BUILTIN.entries) {
    if (e.kind === 'option' && e.list) assert.ok(BUILTIN.lists[e.list], `-${e.name}: ${e.list}`);
  }
});

test('help blocks put the synopsis at column 0 and our description at column 16', () => {
  for (const e of BUILTIN.entries) {
    if (e.kind !== 'option' || e.help.length === 0) continue;
    const text = e.help.map((h) => h.text).join('');
    assert.ok(text.endsWith('\n'), `-${e.name}`);
    const last = text.split('\n').at(-2)!;
    assert.ok(/^.{16}\S/.test(last), `-${e.name}: ${JSON.stringify(last)}`);
    assert.ok(e.doc?.startsWith('``-'), `-${e.name} doc`);
  }
});

const MEMORY_TYPES = { size: 'size', slots: 'number', maxmem: 'size' };

test('-m is the merging list memory with implied key size (spec 8)', () => {
  assert.equal(option('m').list, 'memory');
  const memory = list('memory');
  assert.equal(memory.impliedKey, 'size');
  assert.equal(memory.merge, true);
  assert.equal(memory.acceptsAny, false);
  const types = Object.fromEntries(memory.params.map((p) => [p.name, p.type]));
  assert.deepEqual(types, MEMORY_TYPES);
});

const MERGING = [
  'rtc', 'boot-opts', 'name', 'memory', 'icount', 'action', 'smp-opts', 'semihosting-config',
  'spice',
];

test('exactly the lists of spec 1.11 merge (plus the machine keyval tree)', () => {
  const merging = Object.values(BUILTIN.lists).filter((l) => l.merge).map((l) => l.name);
  assert.deepEqual(merging.sort(), [...MERGING, 'machine'].sort());
});

/** Spec 1.15: list name → [implied key the caller uses or '', accepts anything]. */
const QEMU_OPTS_LISTS: Record<string, [string, boolean]> = {
  'run-with': ['', false], drive: ['', true], netdev: ['type', true], nic: ['type', true],
  net: ['type', true], device: ['driver', true], object: ['qom-type', true],
  accel: ['accel', true], chardev: ['backend', false], memory: ['size', false],
  name: ['guest', false], rtc: ['', false], msg: ['', false], overcommit: ['', false],
  action: ['', false], 'add-fd': ['', false], sandbox: ['enable', false], numa: ['type', true],
  icount: ['shift', false], 'option-rom': ['romfile', false], fw_cfg: ['name', false],
  mon: ['chardev', false], spice: ['', false], vnc: ['vnc', false], tpmdev: ['type', true],
  fsdev: ['fsdriver', false], virtfs: ['fsdriver', false], iscsi: ['', false],
  acpi: ['data', true], smbios: ['', true],
  // The list names `enable`, but semihosting/config.c parses with permit_abbrev false, so a
  // first item without '=' is a flag, not `enable` (source over the spec's table).
  'semihosting-config': ['', false],
  trace: ['enable', false], plugin: ['file', true], global: ['', false],
};

for (const [name, [implied, any]] of Object.entries(QEMU_OPTS_LISTS)) {
  const kind = any ? 'accepts any key' : 'typed';
  test(`list ${name}: implied key ${implied || 'none'}, ${kind}`, () => {
    const l = list(name);
    assert.equal(l.impliedKey ?? '', implied);
    assert.equal(l.acceptsAny, any);
  });
}

test('-run-with parameters per release (spec 4.3)', () => {
  const names = (r: string) => paramsIn('run-with', r).map((p) => p.name);
  assert.equal(isAvailableIn(option('run-with').versions, '8.0'), false);
  assert.equal(isAvailableIn(option('run-with').versions, '8.1'), true);
  assert.deepEqual(names('8.1'), ['async-teardown', 'chroot']);
  assert.deepEqual(names('9.0'), ['async-teardown', 'chroot']);
  assert.deepEqual(names('9.1'), ['async-teardown', 'chroot', 'user']);
  assert.deepEqual(names('10.1'), ['async-teardown', 'chroot', 'user']);
  assert.deepEqual(names('10.2'), ['async-teardown', 'chroot', 'exit-with-parent', 'user']);
});

test('-run-with conditions: POSIX in 8.1-10.0, POSIX and not Emscripten since 10.1', () => {
  const runWith = option('run-with');
  assert.equal(runWith.condition, 'CONFIG_POSIX && !EMSCRIPTEN');
  assert.deepEqual(runWith.conditionHistory, [
    { condition: 'CONFIG_POSIX', since: '8.1', until: '10.1' },
  ]);
  assert.equal(list('run-with').condition, 'CONFIG_POSIX && !EMSCRIPTEN');
  const params = Object.fromEntries(list('run-with').params.map((p) => [p.name, p]));
  assert.equal(params['async-teardown'].condition, 'CONFIG_LINUX');
  assert.equal(params['async-teardown'].type, 'bool');
  assert.equal(params['chroot'].type, 'string');
  assert.equal(params['user'].type, 'string');
  assert.equal(params['exit-with-parent'].condition, undefined);
  assert.deepEqual(params['exit-with-parent'].hostRestrictedValues, [
    {
      values: ['on'],
      condition: '__linux__ || __FreeBSD__ || __APPLE__',
      message: 'exit-with-parent is not available on this platform',
    },
  ]);
});

test('-run-with parameters carry no QEMU help text (so -run-with help can be exact)', () => {
  for (const p of list('run-with').params) assert.equal(p.qemuHasHelp, false, p.name);
});

const REPLACED = [
  { name: 'async-teardown', since: '7.2', deprecated: '8.1', removed: '9.0',
    argv: ['-run-with', 'async-teardown=on'] },
  { name: 'chroot', since: undefined, deprecated: '8.1', removed: '9.0',
    argv: ['-run-with', 'chroot={arg}'] },
  { name: 'runas', since: undefined, deprecated: '9.1', removed: '10.0',
    argv: ['-run-with', 'user={arg}'] },
];

for (const r of REPLACED) {
  test(`-${r.name}: deprecated ${r.deprecated}, removed ${r.removed}, -run-with instead`, () => {
    const v = option(r.name).versions!;
    assert.equal(v.since, r.since);
    assert.equal(v.deprecated, r.deprecated);
    assert.equal(v.removed, r.removed);
    assert.deepEqual(v.replacement?.argv, r.argv);
    assert.equal(isAvailableIn(v, '7.2'), true);
    assert.equal(isDeprecatedIn(v, r.deprecated), true);
    assert.equal(isAvailableIn(v, r.removed), false);
    assert.equal(isAvailableIn(v, '10.2'), false);
  });
}

test('-chroot and -runas carry QEMU\'s deprecation warnings word for word (spec 4.3)', () => {
  assert.equal(
    option('chroot').versions?.warning,
    "option is deprecated, use '-run-with chroot=...' instead",
  );
  assert.equal(
    option('runas').versions?.warning,
    "-runas is deprecated, use '-run-with user=...' instead",
  );
});

test('-async-teardown stays in the catalog, placed where 7.2 had it (after -qtest-log)', () => {
  const names = BUILTIN.entries.filter((e) => e.kind === 'option').map((e) => e.name);
  assert.equal(names[names.indexOf('async-teardown') - 1], 'qtest-log');
  assert.equal(option('async-teardown').condition, '__linux__');
});

test('-old-param: deprecated 10.0, removed 10.2 (QEMU\'s records)', () => {
  const v = option('old-param').versions!;
  assert.equal(v.deprecated, '10.0');
  assert.equal(v.removed, '10.2');
  assert.deepEqual(option('old-param').arches, ['ARM']);
});

const CHARDEV_TYPES: Record<string, string[]> = {
  string: [
    'backend', 'path', 'input-path', 'host', 'port', 'fd', 'localaddr', 'localport',
    'tls-creds', 'tls-authz', 'name', 'chardev', 'chardevs.0', 'chardevs.1', 'chardevs.2',
    'chardevs.3', 'logfile',
  ],
  number: ['to', 'reconnect-ms', 'width', 'height', 'cols', 'rows', 'debug'],
  size: ['size'],
  bool: [
    'ipv4', 'ipv6', 'wait', 'server', 'delay', 'nodelay', 'telnet', 'tn3270', 'websocket',
    'mux', 'signal', 'append', 'logappend', 'mouse', 'clipboard', 'tight', 'abstract',
  ],
};

test('-chardev parameters of 10.2 with their types; tight and abstract Linux-only (spec 8)', () => {
  const found: Record<string, string[]> = {};
  for (const p of paramsIn('chardev', '10.2')) (found[p.type] ??= []).push(p.name);
  for (const type of Object.keys(CHARDEV_TYPES)) {
    assert.deepEqual(found[type].slice().sort(), CHARDEV_TYPES[type].slice().sort(), type);
  }
  const linuxOnly = list('chardev').params.filter((p) => p.condition === 'CONFIG_LINUX');
  assert.deepEqual(linuxOnly.map((p) => p.name).sort(), ['abstract', 'tight']);
});

test('-chardev reconnect: 7.2 and 10.0 have it, 10.2 only reconnect-ms', () => {
  const names = (r: string) => paramsIn('chardev', r).map((p) => p.name);
  assert.ok(names('7.2').includes('reconnect'));
  assert.ok(!names('7.2').includes('reconnect-ms'));
  assert.ok(names('10.0').includes('reconnect') && names('10.0').includes('reconnect-ms'));
  assert.ok(!names('10.2').includes('reconnect'));
});

test('-chardev reconnect: deprecated 9.2, removed 10.2; reconnect-ms there since 9.2', () => {
  const param = (name: string) => list('chardev').params.find((p) => p.name === name)!;
  assert.equal(isDeprecatedIn(param('reconnect').versions, '9.2'), true);
  assert.equal(isDeprecatedIn(param('reconnect').versions, '9.1'), false);
  assert.equal(isAvailableIn(param('reconnect').versions, '10.1'), true);
  assert.equal(isAvailableIn(param('reconnect').versions, '10.2'), false);
  assert.equal(isAvailableIn(param('reconnect-ms').versions, '9.1'), false);
  assert.equal(isAvailableIn(param('reconnect-ms').versions, '9.2'), true);
});

test('spec 8 parameter types of smaller lists', () => {
  const types = (l: string) => Object.fromEntries(list(l).params.map((p) => [p.name, p.type]));
  assert.deepEqual(types('name'), { guest: 'string', process: 'string', 'debug-threads': 'bool' });
  assert.deepEqual(types('msg'), { timestamp: 'bool', 'guest-name': 'bool' });
  assert.deepEqual(types('overcommit'), { 'mem-lock': 'string', 'cpu-pm': 'bool' });
  assert.deepEqual(types('add-fd'), { fd: 'number', set: 'number', opaque: 'string' });
  assert.deepEqual(types('option-rom'), { bootindex: 'number', romfile: 'string' });
  assert.deepEqual(types('mon'), { mode: 'string', chardev: 'string', pretty: 'bool' });
  assert.deepEqual(types('global'), { driver: 'string', property: 'string', value: 'string' });
  assert.deepEqual(types('rtc'), { base: 'string', clock: 'string', driftfix: 'string' });
  assert.deepEqual(Object.keys(types('smp-opts')), [
    'cpus', 'drawers', 'books', 'sockets', 'dies', 'clusters', 'modules', 'cores', 'threads',
    'maxcpus',
  ]);
  assert.deepEqual(types('boot-opts'), {
    order: 'string', once: 'string', menu: 'bool', splash: 'string', 'splash-time': 'number',
    'reboot-timeout': 'number', strict: 'bool',
  });
});

test('keyval options name their syntax (spec 3.4)', () => {
  assert.equal(option('machine').syntax, 'keyval');
  assert.equal(option('smp').syntax, 'keyval');
  assert.equal(option('smp').list, 'smp-opts');
  assert.equal(option('boot').list, 'boot-opts');
  assert.equal(option('display').syntax, 'json-or-keyval');
  assert.equal(option('blockdev').syntax, 'json-or-keyval');
  assert.equal(option('device').syntax, 'json-or-qemu-opts');
  assert.equal(option('run-with').syntax, 'qemu-opts');
});

test('-smp members per release from QAPI docs: drawers and books 8.2, modules 9.1', () => {
  const names = (r: string) => paramsIn('smp-opts', r).map((p) => p.name);
  assert.ok(names('7.2').includes('clusters'));
  assert.ok(!names('8.1').includes('drawers'));
  assert.ok(names('8.2').includes('drawers') && names('8.2').includes('books'));
  assert.ok(!names('9.0').includes('modules'));
  assert.ok(names('9.1').includes('modules'));
});
