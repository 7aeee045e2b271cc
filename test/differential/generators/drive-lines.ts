/**
 * fast-check arbitraries of `-drive` lines for the drive differential test
 * (`drive-differential.test.ts`): an image that exists in the runner's directory (a raw
 * `disk.img`, a qcow2 `disk.qcow2`, a raw `a` and `a,b.img` for paths split at a comma), one
 * that does not (`gone.img`), or a `null-co` node; a format that fits the image, none (QEMU
 * probes it) or a protocol as the format; then keys the drive, the format or the protocol
 * takes or does not take, dotted `file.` keys, node names and `discard` values.
 *
 * Safety: every file name is relative (no `/`) and lives in the runner's temporary
 * directory, which {@link writeDriveImages} fills; the only drivers are `raw`, `qcow2`,
 * `file` and `null-co`; no device, socket or host block device is named.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { distinctSample } from './distinct-sample.js';

/** One drawn case: the words after the runner's base command. */
export interface DriveCase {
  /** The words. */
  argv: string[];
  /** What kind of image the case names, for the coverage test. */
  image: string;
}

/** Bytes of a cluster of the qcow2 image. */
const CLUSTER = 65536;

/**
 * An empty qcow2 (version 3) image of 1 MiB: header, refcount table, one refcount block
 * and the L1 table, one 64 KiB cluster each, built from the format's published layout.
 */
export function emptyQcow2(): Buffer {
  const image = Buffer.alloc(4 * CLUSTER);
  image.writeUInt32BE(0x514649fb, 0); // magic
  image.writeUInt32BE(3, 4); // version
  image.writeUInt32BE(16, 20); // cluster bits
  image.writeBigUInt64BE(1n << 20n, 24); // virtual size
  image.writeUInt32BE(1, 36); // L1 entries
  image.writeBigUInt64BE(BigInt(3 * CLUSTER), 40); // L1 table
  image.writeBigUInt64BE(BigInt(CLUSTER), 48); // refcount table
  image.writeUInt32BE(1, 56); // refcount table clusters
  image.writeUInt32BE(4, 96); // refcount order: 16-bit counts
  image.writeUInt32BE(104, 100); // header length (no extensions: the end marker is zero)
  image.writeBigUInt64BE(BigInt(2 * CLUSTER), CLUSTER); // the refcount block
  for (let cluster = 0; cluster < 4; cluster++) image.writeUInt16BE(1, 2 * CLUSTER + 2 * cluster);
  return image;
}

/** Writes the images the cases name into the runner's directory `dir`. */
export function writeDriveImages(dir: string): void {
  for (const raw of ['disk.img', 'a', 'a,b.img']) writeFileSync(join(dir, raw), Buffer.alloc(CLUSTER));
  writeFileSync(join(dir, 'disk.qcow2'), emptyQcow2());
}

/** An image and the formats that fit it: [kind, items naming it, format items]. */
const IMAGES: [string, string[], string[]][] = [
  ['raw', ['file=disk.img', 'file.filename=disk.img'], ['', 'format=raw', 'driver=raw']],
  ['raw-protocol', ['file=disk.img'], ['format=file', 'driver=file']],
  ['qcow2', ['file=disk.qcow2'], ['', 'format=qcow2', 'format=raw']],
  ['split', ['file=a,b.img', 'file=a,b.img,c', 'file=disk.img,b'], ['', 'format=raw']],
  ['escaped', ['file=a,,b.img'], ['', 'format=raw']],
  ['missing', ['file=gone.img'], ['', 'format=raw']],
  ['null', [''], ['driver=null-co', 'format=null-co', 'format=raw,file.driver=null-co']],
  ['protocol-node', ['file.driver=file,file.filename=disk.img', 'file.driver=file'],
    ['format=raw']],
];

/** Keys a drive, a format or a protocol takes, with values they accept. */
const GOOD = ['if=none', 'id=d0', 'readonly=on', 'aio=threads', 'cache=writeback',
  'detect-zeroes=on', 'discard=unmap', 'discard=off', 'snapshot=on', 'offset=0', 'size=512',
  'lazy-refcounts=on', 'l2-cache-size=1M', 'overlap-check=none', 'file.locking=off',
  'file.aio=threads', 'file.node-name=p0', 'node-name=n0', 'force-share=on', 'read-zeroes=on',
  'latency-ns=1', 'stats-intervals.0=60', 'copy-on-read=on', 'cache.direct=off',
  'file.read-only=on'];

/** Keys no driver here takes, split-off path pieces, and values QEMU rejects. */
const BAD = ['x=1', 'b.img', 'locking=off', 'filename=disk.img', 'serial=x', 'file.x=1',
  'file.discard=foo', 'node-name=1x', 'node-name=', 'node-name=n0123456789012345678901234567890',
  'discard=foo', 'help', 'nox', 'active=on', 'file.filename=disk.img', 'file.node-name=n0',
  'backing.x=1', 'file.file.x=1', 'file.force-share=on'];

/** One `-drive` argument: image, format, then keys, the keys in any order. */
const driveLine: fc.Arbitrary<DriveCase> = fc.constantFrom(...IMAGES).chain(
  ([kind, names, formats]) => fc.record({
    name: fc.constantFrom(...names),
    format: fc.constantFrom(...formats),
    keys: fc.array(fc.oneof(fc.constantFrom(...GOOD), fc.constantFrom(...BAD)),
      { minLength: 0, maxLength: 3 }),
  }).map(({ name, format, keys }) => {
    const items = [name, format, ...new Set(keys)].filter((item) => item !== '');
    return { argv: ['-drive', items.join(',')], image: kind };
  }));

/** The first `count` distinct cases of the drive generator's seed. */
export function generateDriveCases(count: number, seed = 0xd41e): DriveCase[] {
  return distinctSample(driveLine, count, seed, 4);
}
