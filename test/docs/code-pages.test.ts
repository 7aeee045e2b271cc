import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const pages = join(root, 'docs', 'codes');
const codes = Object.keys(DIAGNOSTIC_CODES);

test('every diagnostic code has a page docs/codes/<code>.md', () => {
  const missing = codes.filter((code) => !existsSync(join(pages, `${code}.md`)));
  assert.deepEqual(missing, [], `write docs/codes/<code>.md for: ${missing.join(', ')}`);
});

test('every page in docs/codes is for a diagnostic code', () => {
  const orphans = readdirSync(pages)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .filter((code) => !codes.includes(code));
  assert.deepEqual(orphans, []);
});

test('each page names its code and says what QEMU does, why, and how to fix it', () => {
  for (const code of codes) {
    const page = join(pages, `${code}.md`);
    if (!existsSync(page)) continue;
    const text = readFileSync(page, 'utf8');
    assert.ok(text.startsWith(`# \`${code}\``), `${code}: title`);
    for (const heading of ['## What QEMU does', '## Why', '## How to fix']) {
      assert.ok(text.includes(`\n${heading}\n`), `${code}: ${heading}`);
    }
  }
});
