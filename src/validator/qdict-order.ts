/**
 * Which leftover member QEMU's input visitor names in `Parameter '…' is unexpected`: the
 * first key left in a GLib hash table (`qobject_input_check_struct`), whose iteration order
 * is bucket order. This module replays that table: the keys go in in `QDict` iteration
 * order (QEMU `qobject/qdict.c`: 512 buckets by `tdb_hash`, newest first in a bucket), the
 * keys the visitor reads come out in reading order, with GLib's growing and shrinking
 * (`ghash.c`: `g_str_hash`, index `hash * 11 % prime`, quadratic probing, tombstones,
 * in-place rehash).
 *
 * @module
 */

const QDICT_BUCKETS = 512;
const MIN_SHIFT = 3;
/** GLib's `prime_mod` table: the modulus for a table of `1 << shift` slots. */
const PRIME_MOD = [1, 2, 3, 7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381,
  32749, 65521, 131071, 262139, 524287];
const UNUSED = 0;
const TOMBSTONE = 1;

/** UTF-8 bytes of a key, as C sees it. */
const bytesOf = (key: string): Uint8Array => new TextEncoder().encode(key);

/** QEMU's `tdb_hash` (qdict.c). */
function tdbHash(key: string): number {
  const bytes = bytesOf(key);
  let value = Math.imul(0x238f13af, bytes.length) >>> 0;
  bytes.forEach((b, i) => { value = (value + ((b << ((i * 5) % 24)) >>> 0)) >>> 0; });
  return (Math.imul(1103515243, value) + 12345) >>> 0;
}

/** GLib's `g_str_hash` (djb2 over signed chars), made "real" (never 0 or 1). */
function strHash(key: string): number {
  let h = 5381;
  for (const b of bytesOf(key)) h = (Math.imul(h, 33) + (b << 24 >> 24)) >>> 0;
  return h <= 1 ? 2 : h;
}

/** The keys of a QDict filled in `insertion` order, in `qdict_first`/`qdict_next` order. */
export function qdictOrder(insertion: readonly string[]): string[] {
  const buckets = new Map<number, string[]>();
  for (const key of insertion) {
    const bucket = tdbHash(key) % QDICT_BUCKETS;
    const list = buckets.get(bucket) ?? [];
    if (!list.includes(key)) list.unshift(key);
    buckets.set(bucket, list);
  }
  return [...buckets.keys()].sort((a, b) => a - b).flatMap((b) => buckets.get(b)!);
}

/** A GLib string hash table holding keys only, enough to replay its iteration order. */
class StrHashTable {
  private shift = MIN_SHIFT;
  private hashes: number[] = new Array(1 << MIN_SHIFT).fill(UNUSED);
  private keys: (string | undefined)[] = new Array(1 << MIN_SHIFT).fill(undefined);
  private nnodes = 0;
  private noccupied = 0;

  private get size(): number { return 1 << this.shift; }
  private index(hash: number): number {
    return Number((BigInt(hash) * 11n) & 0xffffffffn) % PRIME_MOD[this.shift];
  }

  /** The slot of `key`, or where it would go (`g_hash_table_lookup_node`). */
  private lookup(key: string, hash: number): number {
    let at = this.index(hash);
    let tombstone: number | undefined;
    let step = 0;
    while (this.hashes[at] !== UNUSED) {
      if (this.hashes[at] === hash && this.keys[at] === key) return at;
      if (this.hashes[at] === TOMBSTONE && tombstone === undefined) tombstone = at;
      step++;
      at = (at + step) & (this.size - 1);
    }
    return tombstone ?? at;
  }

  /** `g_hash_table_insert` of a new key. */
  insert(key: string): void {
    const hash = strHash(key);
    const at = this.lookup(key, hash);
    if (this.hashes[at] > TOMBSTONE) return;
    const wasUnused = this.hashes[at] === UNUSED;
    this.hashes[at] = hash;
    this.keys[at] = key;
    this.nnodes++;
    if (wasUnused) {
      this.noccupied++;
      this.maybeResize();
    }
  }

  /** `g_hash_table_remove`. */
  remove(key: string): void {
    const at = this.lookup(key, strHash(key));
    if (this.hashes[at] <= TOMBSTONE) return;
    this.hashes[at] = TOMBSTONE;
    this.keys[at] = undefined;
    this.nnodes--;
    this.maybeResize();
  }

  /** The keys in iteration order. */
  iterate(): string[] {
    return this.keys.filter((k, i): k is string => this.hashes[i] > TOMBSTONE);
  }

  private maybeResize(): void {
    const size = this.size;
    if ((size > this.nnodes * 4 && size > 1 << MIN_SHIFT) ||
        size <= this.noccupied + Math.floor(this.noccupied / 16)) this.resize();
  }

  /** `g_hash_table_resize`: new shift from the node count, then the in-place rehash. */
  private resize(): void {
    const oldSize = this.size;
    let n = Math.trunc(this.nnodes * 1.333);
    let shift = 0;
    for (; n; shift++) n >>= 1;
    this.shift = Math.max(shift, MIN_SHIFT);
    const size = this.size;
    for (let i = oldSize; i < size; i++) { this.hashes[i] = UNUSED; this.keys[i] = undefined; }
    const moved = new Array<boolean>(Math.max(size, oldSize)).fill(false);
    for (let i = 0; i < oldSize; i++) {
      let hash = this.hashes[i];
      if (hash <= TOMBSTONE) { this.hashes[i] = UNUSED; continue; }
      if (moved[i]) continue;
      this.hashes[i] = UNUSED;
      let key = this.keys[i];
      this.keys[i] = undefined;
      for (;;) {
        let at = this.index(hash);
        let step = 0;
        while (moved[at]) { step++; at = (at + step) & (size - 1); }
        moved[at] = true;
        const replaced = this.hashes[at];
        const replacedKey = this.keys[at];
        this.hashes[at] = hash;
        this.keys[at] = key;
        if (replaced <= TOMBSTONE) break;
        hash = replaced;
        key = replacedKey;
      }
    }
    this.hashes.length = size;
    this.keys.length = size;
    this.noccupied = this.nnodes;
  }
}

/**
 * The first key of a QDict filled in `insertion` order that is left after the visitor read
 * the keys in `consumed` (in that order): the one QEMU reports as unexpected. With `viaQdict`
 * false the hash table is filled in `insertion` order itself (the options visitor fills it
 * from the QemuOpts list).
 */
export function firstLeftover(insertion: readonly string[], consumed: readonly string[],
  viaQdict = true): string | undefined {
  const table = new StrHashTable();
  for (const key of viaQdict ? qdictOrder(insertion) : insertion) table.insert(key);
  for (const key of consumed) table.remove(key);
  return table.iterate()[0];
}
