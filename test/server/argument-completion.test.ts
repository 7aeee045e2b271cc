import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { Hover } from 'vscode-languageserver-types';
import { BUILTIN_CATALOG } from '../../src/catalog/builtin-catalog.js';
import { completionsFor } from '../../src/server/completion.js';
import { cursorContext } from '../../src/server/cursor-context.js';
import { hoverFor } from '../../src/server/hover.js';
import { LintContext, type LintSettings } from '../../src/validator/lint-context.js';
import { qemuAvailable } from '../differential/qemu-runner.js';

/**
 * Completion and hover inside option arguments follow the chosen build, as lint does: the
 * type or driver names a first item takes, a -device driver's properties (from the built-in
 * 7.2 x86_64 build facts) and values only the chosen release has. Expected names are QEMU
 * 7.2's own, read from the binary's help listings.
 */

const QEMU = '/usr/bin/qemu-system-x86_64';
const needsQemu = { skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed' };
const range = () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });

/** The labels completion offers at the `|` of `marked`. */
function labels(marked: string, settings: LintSettings): string[] {
  const offset = marked.indexOf('|');
  const ctx = new LintContext(BUILTIN_CATALOG, settings);
  const context = cursorContext(marked.replace('|', ''), offset, 'script', ctx);
  return completionsFor(context, offset, ctx, range).map((i) => i.label);
}

/** The hover text at the `|` of `marked`. */
function hover(marked: string, settings: LintSettings): string {
  const offset = marked.indexOf('|');
  const ctx = new LintContext(BUILTIN_CATALOG, settings);
  const found = hoverFor(cursorContext(marked.replace('|', ''), offset, 'script', ctx), ctx);
  return ((found as Hover | null)?.contents as { value: string } | undefined)?.value ?? '';
}

/** The names QEMU 7.2 lists for `-OPTION help` (one per line after a heading). */
function qemuListing(option: string): string[] {
  const out = spawnSync(QEMU, [`-${option}`, 'help'], { encoding: 'utf8' }).stdout;
  return out.split('\n').slice(1).map((l) => l.trim()).filter((l) => l !== '');
}

const V72 = { qemuVersion: '7.2', host: 'linux' as const };

test('after -chardev , the backend names of the release, not parameter names', needsQemu,
  () => {
    const offered = labels('qemu-system-x86_64 -chardev |', V72);
    const listed = qemuListing('chardev');
    assert.ok(listed.includes('socket') && !listed.includes('hub'));
    assert.deepEqual(listed.filter((b) => !offered.includes(b)), []);
    assert.ok(!offered.includes('hub'), 'hub came in QEMU 10.0');
    assert.ok(!offered.includes('path'), 'a parameter name is no backend');
    assert.ok(labels('qemu-system-x86_64 -chardev |', { qemuVersion: '10.2' }).includes('hub'));
  });

test('after -netdev , the netdev types of the release', needsQemu, () => {
  const offered = labels('qemu-system-x86_64 -netdev |', V72);
  assert.deepEqual(qemuListing('netdev').filter((b) => !offered.includes(b)), []);
  assert.ok(!offered.includes('nic') && !offered.includes('id'), offered.join());
});

test('after -audiodev , the audio drivers of the release', needsQemu, () => {
  const offered = labels('qemu-system-x86_64 -audiodev |', V72);
  assert.deepEqual(qemuListing('audiodev').filter((b) => !offered.includes(b)), []);
});

test('-object and -blockdev first items are their qom-types and drivers', () => {
  const objects = labels('qemu-system-x86_64 -object |', V72);
  assert.ok(objects.includes('memory-backend-ram') && objects.includes('iothread'));
  const drivers = labels('qemu-system-x86_64 -blockdev driver=|', V72);
  assert.ok(drivers.includes('qcow2') && drivers.includes('file'), drivers.join());
});

test('-device: the drivers, then the properties of the one chosen', needsQemu, () => {
  const drivers = labels('qemu-system-x86_64 -device |', V72);
  assert.ok(drivers.includes('virtio-rng-pci') && drivers.includes('e1000'));
  const offered = labels('qemu-system-x86_64 -device virtio-rng-pci,|', V72);
  const help = spawnSync(QEMU, ['-device', 'virtio-rng-pci,help'], { encoding: 'utf8' }).stdout;
  const properties = [...help.matchAll(/^ {2}([a-z0-9_.-]+)=/gim)].map((m) => m[1]);
  assert.ok(properties.length > 10);
  assert.deepEqual(properties.filter((p) => !offered.includes(p)), []);
});

test('hover on -chardev backend lists only the backends of the release', () => {
  const old = hover('qemu-system-x86_64 -chardev so|cket,id=a', V72);
  assert.match(old, /`socket`/);
  assert.doesNotMatch(old, /`hub`/);
  assert.match(hover('qemu-system-x86_64 -chardev so|cket,id=a', { qemuVersion: '10.2' }),
    /`hub`/);
});

test('hover on an option leaves out the -help lines of other hosts', () => {
  const linux = hover('qemu-system-x86_64 -char|dev x', V72);
  assert.match(linux, /-chardev pty,/);
  assert.doesNotMatch(linux, /-chardev console,/);
  assert.match(hover('qemu-system-x86_64 -char|dev x', { host: 'windows' }), /-chardev console,/);
});
