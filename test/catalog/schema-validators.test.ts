import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCatalog, validateAgainstSchema } from '../../src/catalog/schema-validators.js';
import type { Catalog, ParamList } from '../../src/catalog/types.js';

// A catalog that uses every field the types declare; the compiler checks it against the
// interfaces, the schema must accept it.
const runWith: ParamList = {
  name: 'run-with',
  merge: false,
  acceptsAny: false,
  condition: 'CONFIG_POSIX && !EMSCRIPTEN',
  conditionHistory: [{ condition: 'CONFIG_POSIX', since: '8.1', until: '10.1' }],
  versions: { since: '8.1' },
  impliedKey: 'x',
  params: [
    {
      name: 'exit-with-parent',
      type: 'bool',
      help: 'our words',
      default: 'off',
      condition: 'CONFIG_POSIX',
      hostRestrictedValues: [
        { values: ['on'], condition: '__linux__ || __FreeBSD__ || __APPLE__', message: 'm' },
      ],
      values: ['on', 'off'],
      versions: { since: '10.2' },
      qemuHasHelp: false,
    },
  ],
};

const full: Catalog = {
  $schema: '../schemas/catalog.schema.json',
  format: 1,
  releases: ['7.2', '10.2'],
  source: { kind: 'builtin', textBy: 'qemu-opts', file: 'x.hx', note: 'n' },
  entries: [
    { kind: 'heading', text: 'Standard options:', doc: 'Our words.\n', docLabel: 'std' },
    { kind: 'heading', text: '', arches: ['I386'], condition: 'CONFIG_TPM', versions: {} },
    {
      kind: 'option',
      name: 'runas',
      hasArg: true,
      enumName: 'QEMU_OPTION_runas',
      arches: ['ALL'],
      condition: 'CONFIG_POSIX',
      conditionHistory: [{ since: '7.2', until: '8.0' }],
      help: [{ text: '-runas user\n' }, { text: 'x\n', condition: 'CONFIG_LINUX' }],
      doc: '``-runas user``\n    Our words.\n',
      docLabel: 'runas',
      syntax: 'plain',
      list: 'run-with',
      versions: {
        since: '7.2',
        deprecated: '9.1',
        removed: '10.0',
        replacement: { text: '-run-with user=USER', argv: ['-run-with', 'user={arg}'] },
      },
    },
  ],
  lists: { 'run-with': runWith },
};

test('a catalog using every declared field is valid', () => {
  assert.deepEqual(validateAgainstSchema('catalog', full), []);
  assert.equal(isCatalog(full), true);
});

const clone = (): Catalog => JSON.parse(JSON.stringify(full)) as Catalog;
const edit_ = (edit: (c: Record<string, any>) => void): unknown => {
  const c = clone() as unknown as Record<string, any>;
  edit(c);
  return c;
};

const list = (c: Record<string, any>) => c.lists['run-with'];
const option = (c: Record<string, any>) => c.entries[2];

const TABLE: { description: string; data: unknown; valid: boolean }[] = [
  { description: 'the full example', data: full, valid: true },
  { description: 'not an object', data: [], valid: false },
  { description: 'format 2', data: edit_((c) => (c.format = 2)), valid: false },
  { description: 'no releases', data: edit_((c) => (c.releases = [])), valid: false },
  { description: 'release not X.Y', data: edit_((c) => (c.releases = ['10'])), valid: false },
  { description: 'release X.Y.Z', data: edit_((c) => (c.releases = ['10.2.2'])), valid: true },
  { description: 'unknown top-level key', data: edit_((c) => (c.extra = 1)), valid: false },
  { description: 'unknown source kind', data: edit_((c) => (c.source.kind = 'x')), valid: false },
  { description: 'text by qemu', data: edit_((c) => (c.source.textBy = 'qemu')), valid: true },
  { description: 'entry without kind', data: edit_((c) => delete c.entries[0].kind), valid: false },
  { description: 'entry kind other', data: edit_((c) => (c.entries[0].kind = 'x')), valid: false },
  {
    description: 'heading with an option field',
    data: edit_((c) => (c.entries[0].hasArg = true)),
    valid: false,
  },
  {
    description: 'option without hasArg',
    data: edit_((c) => delete option(c).hasArg),
    valid: false,
  },
  {
    description: 'option with no arches',
    data: edit_((c) => (option(c).arches = [])),
    valid: false,
  },
  {
    description: 'lowercase arch',
    data: edit_((c) => (option(c).arches = ['i386'])),
    valid: false,
  },
  { description: 'bad syntax name', data: edit_((c) => (option(c).syntax = 'json')), valid: false },
  {
    description: 'condition with a stray character',
    data: edit_((c) => (option(c).condition = 'A; B')),
    valid: false,
  },
  {
    description: 'replacement without text',
    data: edit_((c) => delete option(c).versions.replacement.text),
    valid: false,
  },
  {
    description: 'help line that is a bare string',
    data: edit_((c) => (option(c).help = ['-runas\n'])),
    valid: false,
  },
  {
    description: 'param type int',
    data: edit_((c) => (list(c).params[0].type = 'int')),
    valid: false,
  },
  { description: 'list without merge', data: edit_((c) => delete list(c).merge), valid: false },
  {
    description: 'host restriction without message',
    data: edit_((c) => delete list(c).params[0].hostRestrictedValues[0].message),
    valid: false,
  },
  { description: 'empty lists', data: edit_((c) => (c.lists = {})), valid: true },
];

for (const row of TABLE) {
  test(`schema: ${row.description} is ${row.valid ? 'valid' : 'invalid'}`, () => {
    const diagnostics = validateAgainstSchema('catalog', row.data);
    assert.equal(diagnostics.length === 0, row.valid, JSON.stringify(diagnostics));
    for (const d of diagnostics) assert.equal(d.code, 'catalog-schema');
  });
}

test('an error names the JSON path and points at the value in the text', () => {
  const data = edit_((c) => (option(c).hasArg = 'yes'));
  const text = JSON.stringify(data, null, 2);
  const [d, ...rest] = validateAgainstSchema('catalog', data, text);
  assert.equal(rest.length, 0);
  assert.match(d.message, /'\/entries\/2\/hasArg'/);
  assert.equal(text.slice(d.span.start, d.span.end), '"yes"');
});

test('an unknown property is reported at the property, a missing one at its parent', () => {
  const data = edit_((c) => {
    list(c).params[0].colour = 'red';
    delete list(c).acceptsAny;
  });
  const text = JSON.stringify(data, null, 1);
  const found = validateAgainstSchema('catalog', data, text);
  const messages = found.map((d) => d.message).sort();
  assert.equal(found.length, 2);
  assert.match(messages[0], /'\/lists\/run-with' lacks the required property 'acceptsAny'/);
  assert.match(messages[1], /'\/lists\/run-with\/params\/0\/colour' has an unknown property/);
  const unknown = found.find((d) => d.message.includes('colour'))!;
  assert.equal(text.slice(unknown.span.start, unknown.span.end), '"red"');
  const missing = found.find((d) => d.message.includes('acceptsAny'))!;
  assert.equal(text[missing.span.start], '{');
});
