/**
 * keyval key syntax (spec 3.1): fragments separated by `.`; the first a QAPI name
 * (optionally with a downstream `__RFQDN_` prefix), later ones a QAPI name or decimal
 * digits (an array index). Mirrors QEMU `parse_qapi_name` and `key_to_index`.
 *
 * @module
 */

/** One fragment of a key, with offsets relative to the key's start. */
export interface KeyFragment {
  /** The fragment as written (`01` stays `01`). */
  text: string;
  /** Offset of its first character in the key. */
  start: number;
  /** Whether it is an index (digits, not the first fragment). */
  index: boolean;
}

/** The longest a fragment may be (QEMU's `key_in_cur[128]` buffer holds 127). */
export const MAX_FRAGMENT_LENGTH = 127;

const isAlpha = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9]$/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Length of the QAPI name starting at `at` in `key`, or 0 (QEMU `parse_qapi_name`). */
export function qapiNameLength(key: string, at: number): number {
  let p = at;
  if (key[p] === '_') {
    if (key[++p] !== '_') return 0;
    p++;
    while (isAlnum(key[p]) || key[p] === '-' || key[p] === '.') p++;
    if (key[p] !== '_') return 0;
    p++;
  }
  if (!isAlpha(key[p])) return 0;
  p++;
  while (isAlnum(key[p]) || key[p] === '-' || key[p] === '_') p++;
  return p - at;
}

/** Length of the index (decimal digits) starting at `at`, or 0 (QEMU `key_to_index`). */
export function indexLength(key: string, at: number): number {
  let p = at;
  while (isDigit(key[p])) p++;
  return p - at;
}

/** The array index a member name stands for, or -1 (whole name digits; capped at 2^31-1). */
export function indexOfName(name: string): number {
  if (!/^[0-9]+$/.test(name)) return -1;
  const value = Number(name);
  return value > 2147483647 ? 2147483647 : value;
}

/** Why a key was rejected: the whole key is invalid, or one fragment is too long. */
export type KeyError =
  | { kind: 'invalid' }
  | { kind: 'too-long'; fragment: KeyFragment; whole: boolean };

/** The fragments of a key up to the first bad one, and what is wrong with that one. */
export interface SplitKey {
  /** The valid fragments, in order (all of them when `error` is absent). */
  fragments: KeyFragment[];
  /** Why the fragment after the last valid one was rejected. */
  error?: KeyError;
}

/**
 * Splits `key` into fragments. QEMU checks each fragment before it stores the previous
 * one, so a caller replaying the stores must store fragments `0 … n-2` of the valid ones
 * before reporting `error`.
 */
export function splitKey(key: string): SplitKey {
  const fragments: KeyFragment[] = [];
  let at = 0;
  for (;;) {
    const index = at !== 0 && isDigit(key[at]);
    const length = index ? indexLength(key, at) : qapiNameLength(key, at);
    if (length === 0 || (at + length < key.length && key[at + length] !== '.')) {
      return { fragments, error: { kind: 'invalid' } };
    }
    const fragment = { text: key.slice(at, at + length), start: at, index };
    if (length > MAX_FRAGMENT_LENGTH) {
      const whole = at === 0 && length === key.length;
      return { fragments, error: { kind: 'too-long', fragment, whole } };
    }
    fragments.push(fragment);
    at += length;
    if (at >= key.length) return { fragments };
    at++;
  }
}
