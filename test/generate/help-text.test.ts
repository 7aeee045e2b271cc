import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildLookup, hostLookup } from '../../src/catalog/condition.js';
import { hostProfile } from '../../src/catalog/hosts.js';
import { generateHelpText } from '../../src/generate/help-text.js';
import { importHx } from '../../src/import/hx-to-catalog.js';
import { hxFixture } from '../helpers/qemu-hx-files.js';

const catalogOf = (name: string) => importHx(readFileSync(hxFixture(name), 'utf8')).catalog;

test('headings print as text and newline, empty ones as blank lines; arch filtering', () => {
  const catalog = catalogOf('basic.hx');
  const lookup = buildLookup(new Set());
  assert.equal(
    generateHelpText(catalog, { arch: 'ARM', lookup }),
    'First things:\n-alpha          turn alpha on\n-beta size=N[,fast=on|off]\n' +
      '                pick a beta size\n\n\nLast things:\n-omega file     the end\n',
  );
  assert.equal(
    generateHelpText(catalog, { arch: 'I386', lookup }),
    'First things:\n-alpha          turn alpha on\n-beta size=N[,fast=on|off]\n' +
      '                pick a beta size\n\n\nOnly on PCs:\n-gamma x        gamma for PCs\n\n' +
      'Last things:\n-omega file     the end\n',
  );
});

test('entry and line conditions follow the build; #elif chains pick one branch', () => {
  const catalog = catalogOf('conditions.hx');
  const linux = generateHelpText(catalog, {
    arch: 'I386',
    lookup: buildLookup(new Set(['CONFIG_POSIX', '__linux__', 'CONFIG_TWO', 'CONFIG_TPM'])),
  });
  assert.match(linux, /a=on only on POSIX hosts\n/);
  assert.match(linux, / {16}two\n/);
  assert.doesNotMatch(linux, /neither|one without two/);
  assert.match(linux, /-tap script=file/);
  assert.match(linux, /\n\nOptional section:\n$/);
  const windows = buildLookup(new Set(['_WIN32']));
  const bare = generateHelpText(catalog, { arch: 'I386', lookup: windows });
  assert.doesNotMatch(bare, /POSIX hosts|-tap|-posixy|-stray|Optional/);
  assert.match(bare, / {16}neither\n/);
});

test('the -M style indented help prints right after the option before it', () => {
  const out = generateHelpText(catalogOf('conditions.hx'), {
    arch: 'I386',
    lookup: buildLookup(new Set()),
  });
  assert.match(out, / {16}neither\n {16}c=on\|off belongs to -wide in -help\n/);
});

test('with a host profile, text under unknown feature macros prints unless told otherwise', () => {
  const catalog = catalogOf('conditions.hx');
  const lookup = hostLookup(hostProfile('linux'));
  assert.match(generateHelpText(catalog, { arch: 'I386', lookup }), /Optional section/);
  const omit = generateHelpText(catalog, { arch: 'I386', lookup, unknown: 'omit' });
  assert.doesNotMatch(omit, /Optional section/);
  assert.match(omit, /a=on only on POSIX hosts/);
});
