import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generateRstDocs } from '../../src/generate/rst-docs.js';
import { importHx } from '../../src/import/hx-to-catalog.js';
import { HX_RELEASES, hxText, repoRoot } from '../helpers/qemu-hx-files.js';
import { manOptionTerms, manPage, MAN_RELEASES } from '../helpers/qemu-man-pages.js';

interface Checked {
  messages: string[];
  stream: string;
  terms: string[];
}

/** Our standalone RST for `release`, parsed by docutils. */
function checkDocs(release: string): Checked {
  const { text, problems } = generateRstDocs(importHx(hxText(release)).catalog, {
    standalone: true,
  });
  assert.deepEqual(problems, []);
  const out = execFileSync('python3', [join(repoRoot, 'test', 'helpers', 'rst-check.py')], {
    input: text,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Checked;
}

const options = (terms: string[]) => terms.filter((t) => t.startsWith('-'));

for (const release of HX_RELEASES) {
  test(`${release}: the RST docs parse in docutils with no warning or error`, () => {
    const checked = checkDocs(release);
    assert.deepEqual(checked.messages, []);
    assert.equal(checked.stream, '');
    assert.ok(options(checked.terms).length > 150);
  });
}

for (const release of MAN_RELEASES) {
  test(`${release}: option synopses and their order match Debian's qemu(1) man page`, () => {
    const ours = options(checkDocs(release).terms);
    const man = options(manOptionTerms(manPage(release)));
    assert.deepEqual(ours, man);
  });
}
