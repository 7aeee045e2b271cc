/**
 * The qemu(1) man page Debian's `qemu-system-common` package ships, fetched and cached by
 * `scripts/fetch-qemu-man-pages.sh` (CI runs it from `scripts/install-test-deps.sh`), and a
 * reader of the option synopses in its OPTIONS section.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './qemu-hx-files.js';

/** Releases whose man page the archive still serves. */
export const MAN_RELEASES = ['7.2', '10.0'] as const;

/** The uncompressed man page of `release`, fetched on first use. */
export function manPage(release: string): string {
  const cache = process.env.QEMU_MAN_CACHE ?? join(repoRoot, '.cache', 'qemu-man');
  const path = join(cache, release, 'qemu.1');
  if (!existsSync(path)) {
    execFileSync(join(repoRoot, 'scripts', 'fetch-qemu-man-pages.sh'), [release], {
      env: { ...process.env, QEMU_MAN_CACHE: cache },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return readFileSync(path, 'utf8');
}

const isTopLevel = (indent: string) => indent === '0.0';

const ROFF_ESCAPES: [RegExp, string][] = [
  [/\\f[BIPR]/g, ''], [/\\-/g, '-'], [/\\\(dq/g, '"'], [/\\\(aq/g, "'"], [/\\\(ga/g, '`'],
  [/\\\(ti/g, '~'], [/\\\(ha/g, '^'], [/\\&/g, ''], [/\\e/g, '\\'],
];

/**
 * The terms of the OPTIONS section's top-level definition lists (Sphinx writes a term as
 * `.TP` then `.B text`; a nested list sits inside `.INDENT` with a non-zero indent).
 */
export function manOptionTerms(page: string): string[] {
  const lines = page.split('\n');
  const start = lines.indexOf('.SH OPTIONS');
  const terms: string[] = [];
  const indents: string[] = [];
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('.SH '); i++) {
    const line = lines[i];
    if (line.startsWith('.INDENT') || line.startsWith('.RS')) indents.push(line.split(' ')[1]);
    else if (line.startsWith('.UNINDENT') || line.startsWith('.RE')) indents.pop();
    else if (line.startsWith('.B ') && lines[i - 1] === '.TP' && indents.every(isTopLevel)) {
      terms.push(ROFF_ESCAPES.reduce((t, [re, by]) => t.replace(re, by), line.slice(3)));
    }
  }
  return terms;
}
