import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_FACTS_FILE } from '../../scripts/import-builtin-facts.js';
import { runCli } from './run-cli.js';

/** A directory with the built-in facts relabelled as `version`, and a bad facts file. */
function factsDir(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-lint-facts-'));
  const facts = JSON.parse(readFileSync(BUILTIN_FACTS_FILE, 'utf8'));
  writeFileSync(join(dir, 'facts.json'), JSON.stringify({ ...facts, qemuVersion: version }));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...facts, machines: 'x' }));
  return dir;
}

const ARGV = ['--', 'qemu-system-x86_64', '-device', 'e1000,maac=x'];

test('lint --build-facts checks devices against the file, at its release by default', async () => {
  const dir = factsDir('10.2.0');
  try {
    const run = await runCli(['lint', '--host', 'linux', '--build-facts', 'facts.json', ...ARGV],
      '', dir);
    assert.equal(run.status, 1, run.err);
    assert.match(run.out, /Property 'e1000\.maac' not found \[device-property-unknown\]/);
    assert.match(run.out, /did you mean 'mac'\?/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('lint --build-facts says nothing about devices for another release', async () => {
  const dir = factsDir('10.2.0');
  try {
    const run = await runCli(['lint', '--host', 'linux', '--qemu-version', '10.0',
      '--build-facts', 'facts.json', ...ARGV], '', dir);
    assert.equal(run.status, 0, run.out);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('lint without --build-facts: built-in facts for 7.2 x86_64 only', async () => {
  assert.equal((await runCli(['lint', '--host', 'linux', '--qemu-version', '7.2', ...ARGV]))
    .status, 1);
  assert.equal((await runCli(['lint', '--host', 'linux', ...ARGV])).status, 0);
});

test('lint --build-facts with a file that is not build facts exits 2', async () => {
  const dir = factsDir('7.2.0');
  try {
    const bad = await runCli(['lint', '--build-facts', 'bad.json', ...ARGV], '', dir);
    assert.equal(bad.status, 2);
    assert.match(bad.err,
      /^qemu-opts: build facts 'bad\.json':1:\d+: Value at '\/machines' must be of type array/);
    const missing = await runCli(['lint', '--build-facts', 'none.json', ...ARGV], '', dir);
    assert.equal(missing.status, 2);
    assert.match(missing.err, /cannot read build facts 'none\.json'/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
