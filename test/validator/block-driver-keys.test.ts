import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLED_RELEASES, sourceCache } from '../../scripts/extract-catalog.js';
import { stringDefines, stripComments } from '../../scripts/extract/c-text.js';
import { readOptsLists } from '../../scripts/extract/qemu-opts-lists.js';
import {
  CHECKED_PROTOCOLS, nodeKeysIn, PROBED_FORMATS, surelyNotTaken, takes,
} from '../../src/validator/block-driver-keys.js';

// The keys derived from the QAPI branches must cover what the C open functions of each
// sampled release read on -drive (their runtime QemuOpts lists, the common block-node list
// and the children they open), so that no key QEMU takes is reported as unknown. Skipped
// locally without Debian's QEMU sources, failing under CI.

const blockDir = (r: string) => join(sourceCache(), r, 'keep', 'src', 'block');
const missing = SAMPLED_RELEASES.filter((r) => !existsSync(blockDir(r)));
const skip = missing.length > 0 && process.env.CI !== 'true'
  ? `QEMU sources missing: ${missing.join(', ')}` : false;

/** Names of the macros the lists use (`include/block/block-common.h`): facts. */
const MACROS = new Map(Object.entries({
  BDRV_OPT_CACHE_WB: 'cache.writeback', BDRV_OPT_CACHE_DIRECT: 'cache.direct',
  BDRV_OPT_CACHE_NO_FLUSH: 'cache.no-flush', BDRV_OPT_READ_ONLY: 'read-only',
  BDRV_OPT_AUTO_READ_ONLY: 'auto-read-only', BDRV_OPT_DISCARD: 'discard',
  BDRV_OPT_FORCE_SHARE: 'force-share', BDRV_OPT_ACTIVE: 'active',
}));

/** The descriptor names of list `variable` in `file` of `release`. */
function listNames(release: string, file: string, variable: string): string[] {
  const src = join(sourceCache(), release, 'keep', 'src');
  const text = stripComments(readFileSync(join(src, file), 'utf8'));
  const header = join(src, 'include', 'block', 'block_int-common.h');
  const defines = new Map([...MACROS, ...stringDefines(stripComments(readFileSync(header, 'utf8'))),
    ...stringDefines(text)]);
  const list = readOptsLists(text, file, defines, new Map()).find((l) => l.variable === variable);
  assert.ok(list, `${variable} in ${file}`);
  return list.descs.map((d) => d.name);
}

/** [file, list variable, the drivers that read it]. */
const RUNTIME_LISTS: [string, string, string[]][] = [
  ['block/raw-format.c', 'raw_runtime_opts', ['raw']],
  ['block/file-posix.c', 'raw_runtime_opts', ['file', 'host_device', 'host_cdrom']],
  ['block/null.c', 'runtime_opts', ['null-co', 'null-aio']],
  ['block/vpc.c', 'vpc_runtime_opts', ['vpc']],
];

test('every key a driver\'s runtime list reads is a key we know it takes', { skip }, () => {
  for (const release of SAMPLED_RELEASES) {
    for (const [file, variable, drivers] of RUNTIME_LISTS) {
      for (const name of listNames(release, file, variable)) {
        for (const driver of drivers) {
          assert.ok(takes(nodeKeysIn(driver, release)!, name), `${release} ${driver} ${name}`);
        }
      }
    }
  }
});

test('every driver takes the common block-node keys of its release', { skip }, () => {
  for (const release of SAMPLED_RELEASES) {
    const common = listNames(release, 'block.c', 'bdrv_runtime_opts');
    for (const driver of [...PROBED_FORMATS, ...CHECKED_PROTOCOLS]) {
      for (const name of common) {
        assert.ok(takes(nodeKeysIn(driver, release)!, name), `${release} ${driver} ${name}`);
      }
    }
  }
});

test('keys the C sources read outside QemuOpts lists are known too', { skip }, () => {
  for (const release of SAMPLED_RELEASES) {
    const parallels = readFileSync(join(blockDir(release), 'parallels.c'), 'utf8');
    for (const m of parallels.matchAll(/#define PARALLELS_OPT_\w+\s+"([^"]+)"/g)) {
      assert.ok(takes(nodeKeysIn('parallels', release)!, m[1]), `${release} parallels ${m[1]}`);
    }
    const vmdk = readFileSync(join(blockDir(release), 'vmdk.c'), 'utf8');
    assert.match(vmdk, /"extents\.%d"/);
    assert.ok(takes(nodeKeysIn('vmdk', release)!, 'extents.0.filename'));
    // qcow2 and qcow take every encrypt.* key (qdict_extract_subqdict on "encrypt.").
    assert.ok(takes(nodeKeysIn('qcow2', release)!, 'encrypt.key-secret'));
    assert.ok(takes(nodeKeysIn('qcow', release)!, 'encrypt.key-secret'));
  }
});

test('facts: raw takes offset and size, not locking; file takes locking, not offset', () => {
  assert.ok(surelyNotTaken('raw', 'locking', '7.2'));
  assert.ok(!surelyNotTaken('raw', 'offset', '7.2'));
  assert.ok(!surelyNotTaken('file', 'locking', '10.2'));
  assert.ok(surelyNotTaken('file', 'offset', '10.2'));
  // Every driver reads backing keys in the generic layer, with its own message.
  assert.ok(!surelyNotTaken('raw', 'backing.x', '7.2'));
  // No facts: a driver outside the compared ones, or a release outside the samples.
  assert.ok(!surelyNotTaken('vvfat', 'x', '7.2'));
  assert.ok(!surelyNotTaken('raw', 'x', '6.2'));
  assert.equal(nodeKeysIn('nbd', '7.2'), undefined);
});
