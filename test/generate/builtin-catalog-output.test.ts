import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BUILTIN_CATALOG } from '../../src/catalog/builtin-catalog.js';
import { hostLookup } from '../../src/catalog/condition.js';
import { hostProfile } from '../../src/catalog/hosts.js';
import { generateHelpText } from '../../src/generate/help-text.js';
import { generateRstDocs } from '../../src/generate/rst-docs.js';
import { repoRoot } from '../helpers/qemu-hx-files.js';

// Section headings of -help in 10.1/10.2 on an i386 target, in order (spec 6.2).
const HEADINGS_10_2_I386 = [
  'Standard options:', 'Block device options:', 'USB convenience options:', 'Display options:',
  'i386 target only:', 'Network options:', 'Character device options:', 'TPM device options:',
  'Boot Image or Kernel specific:', 'Debug/Expert options:', 'Generic object creation:',
];

test('built-in catalog: the 10.2 -help body has the spec 6.2 headings, blank-line framed', () => {
  const body = generateHelpText(BUILTIN_CATALOG, {
    arch: 'I386',
    lookup: hostLookup(hostProfile('linux')),
    release: '10.2',
  });
  const headings = body.split('\n').filter((l) => /^[^\s-].*:$/.test(l));
  assert.deepEqual(headings, HEADINGS_10_2_I386);
  for (const h of HEADINGS_10_2_I386.slice(1)) assert.ok(body.includes(`\n\n${h}\n`), h);
  const arm = generateHelpText(BUILTIN_CATALOG, {
    arch: 'ARM',
    lookup: hostLookup(hostProfile('linux')),
    release: '10.2',
  });
  assert.ok(!arm.includes('i386 target only:'));
  assert.ok(arm.includes('Display options:'));
});

for (const release of ['7.2', '10.0', '10.2']) {
  test(`built-in catalog: the ${release} RST docs parse clean in docutils`, () => {
    const { text, problems } = generateRstDocs(BUILTIN_CATALOG, { standalone: true, release });
    assert.deepEqual(problems, []);
    const out = execFileSync('python3', [join(repoRoot, 'test', 'helpers', 'rst-check.py')], {
      input: text,
      encoding: 'utf8',
    });
    const checked = JSON.parse(out) as { messages: string[]; terms: string[] };
    assert.deepEqual(checked.messages, []);
    assert.ok(checked.terms.length > 100);
  });
}
