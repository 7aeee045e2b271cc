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

/**
 * The command-line fragments of a page's example: the block before "becomes" and the one
 * after, and the lint arguments an `<!-- example: … -->` comment gives (a release where
 * the example shows the code). Undefined when the example is not a QEMU command line
 * (every line an option) or elides part of it (`…`).
 */
function commandExample(text: string): { before: string; after: string; args: string[] } |
  undefined {
  const example = text.split('\n## Example\n')[1];
  if (example === undefined) return undefined;
  const blocks = [...example.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  if (blocks.length !== 2 || blocks.some((b) => b.includes('…'))) return undefined;
  if (blocks.some((b) => b.split('\n').some((l) => !l.startsWith('-')))) return undefined;
  const args = /<!-- example: (.*?) -->/.exec(example)?.[1].split(' ') ?? [];
  return { before: blocks[0], after: blocks[1], args };
}

/** A fragment as one command: the emulator, then its lines joined. */
const asCommand = (fragment: string): string =>
  `qemu-system-x86_64 ${fragment.split('\n').join(' ')}\n`;

test('each example shows its code, and its fixed form lints clean', async () => {
  const { lintText } = await import('../../src/index.js');
  let checked = 0;
  for (const code of codes) {
    const page = join(pages, `${code}.md`);
    if (!existsSync(page)) continue;
    const example = commandExample(readFileSync(page, 'utf8'));
    if (example === undefined) continue;
    const [flag, version] = example.args;
    const settings = flag === '--qemu-version' ? { qemuVersion: version } : {};
    const options = { host: 'linux' as const, ...settings };
    const before = lintText(asCommand(example.before), options).diagnostics;
    assert.ok(before.some((d) => d.code === code), `${code}: the example does not show it`);
    const after = lintText(asCommand(example.after), options).diagnostics
      .filter((d) => d.severity !== 'info');
    assert.deepEqual(after.map((d) => `${d.code}: ${d.message}`), [],
      `${code}: the fixed example still has findings`);
    checked++;
  }
  assert.ok(checked >= 10, `only ${checked} pages have a command-line example`);
});
