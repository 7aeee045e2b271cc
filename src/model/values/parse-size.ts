import { compareVersions } from './parse-bool.js';
import { strtodFinite } from './c-strtod.js';
import { strtoull } from './c-strtoull.js';
import type { ValueResult } from './value-result.js';
import { requireString } from '../../api/usage-error.js';

/**
 * QemuOpts size values (spec 2.4, 2.4a; QEMU `parse_option_size` over `qemu_strtosz`):
 * unsigned 64-bit byte counts with an optional `bkmgtpe` suffix (powers of 1024).
 *
 * @module
 */

const TWO_64 = 1n << 64n;
const LOW_64 = TWO_64 - 1n;

/** The hint QEMU prints under an invalid size. */
export const SIZE_SUFFIX_HINT =
  'Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\n' +
  'and exabytes, respectively.';

/** How `qemu_strtosz` ended: a value, `einval` or `erange`. */
type SizeScan =
  | { status: 'ok'; value: bigint; hexSuffix: boolean }
  | { status: 'einval' | 'erange' };

/** The multiplier of a suffix letter, or 0 if `ch` is none (QEMU `suffix_mul`). */
function suffixMultiplier(ch: string | undefined): bigint {
  const index = ch === undefined || ch === '' ? -1 : 'bkmgtpeBKMGTPE'.indexOf(ch);
  return index < 0 ? 0n : 1n << BigInt(10 * (index % 7));
}

/** `val * mul` plus the fixed-point fraction `valf / 2^64` times `mul`, rounded half up. */
function scale(val: bigint, valf: bigint, mul: bigint): bigint {
  const fraction = valf * mul;
  return val * mul + (fraction >> 64n) + ((fraction & LOW_64) >> 63n);
}

/** A double in [0, 1) as a 64-bit fixed-point fraction, truncated like a C cast. */
function fixedPointFraction(fraction: number): bigint {
  return BigInt(Math.floor(fraction * 2 ** 64));
}

/** The 8.1+ `do_strtosz` (fractions on both sides of `.`, negatives out of range). */
function scanSize(text: string): SizeScan {
  const head = strtoull(text, 0, 10);
  if (head.converted && (head.overflow || head.negative)) return finish(text, head.end, 'erange');
  let end = head.converted ? head.end : 0;
  let val = head.converted ? head.value : 0n;
  let valf = 0n;
  let failed = !head.converted;
  if (!failed && val === 0n && (text[end] === 'x' || text[end] === 'X')) {
    const hex = strtoull(text, 0, 16);
    if (hex.overflow) return finish(text, hex.end, 'erange');
    if (text[hex.end] === '.' || suffixMultiplier(text[hex.end]) > 0n) return { status: 'einval' };
    end = hex.end;
    val = hex.value;
  } else if (text[end] === '.' || (end === 0 && text.includes('.'))) {
    if (!failed && text[end] === '.' && !/[0-9]/.test(text[end + 1] ?? '')) {
      end++;
    } else {
      const cut = text.slice(end).split(/[eE]/)[0];
      const read = strtodFinite(cut, 0, false);
      failed = read.status === 'einval';
      end += read.end;
      if (read.value < 0 || Object.is(read.value, -0)) return finish(text, end, 'erange');
      if (read.value === 1) {
        if (val === LOW_64) return finish(text, end, 'erange');
        val++;
      } else if (read.status === 'erange') {
        valf = 1n;
      } else {
        valf = fixedPointFraction(read.value);
        if (valf === 0n && read.value > 0) valf = 1n;
      }
    }
  }
  if (failed) return { status: 'einval' };
  return applySuffix(text, end, val, valf, false);
}

/** The ≤ 8.0 `do_strtosz`: negatives invalid, exponents rejected, hex suffix per version. */
function scanSizeLegacy(text: string, hexSuffixAllowed: boolean): SizeScan {
  const head = strtoull(text, 0, 10);
  if (!head.converted) return { status: 'einval' };
  if (head.overflow) return finish(text, head.end, 'erange');
  if (head.negative) return { status: 'einval' };
  let end = head.end;
  let val = head.value;
  let valf = 0n;
  let hex = false;
  if (val === 0n && (text[end] === 'x' || text[end] === 'X')) {
    const read = strtoull(text, 0, 16);
    if (read.overflow) return finish(text, read.end, 'erange');
    if (text[read.end] === '.') return { status: 'einval' };
    if (!hexSuffixAllowed && suffixMultiplier(text[read.end]) > 0n) return { status: 'einval' };
    end = read.end;
    val = read.value;
    hex = true;
  } else if (text[end] === '.') {
    const read = strtodFinite(text, end, true);
    if (read.status !== 'ok') {
      end = (read.status === 'einval' ? end : read.end) + 1;
    } else if (/[eE]/.test(text.slice(end, read.end))) {
      return { status: 'einval' };
    } else {
      valf = fixedPointFraction(read.value);
      end = read.end;
    }
  }
  return applySuffix(text, end, val, valf, hex);
}

/** The common tail: suffix, "fraction needs a unit", overflow, trailing characters. */
function applySuffix(text: string, at: number, val: bigint, valf: bigint, hex: boolean): SizeScan {
  let end = at;
  let mul = suffixMultiplier(text[end]);
  const hexSuffix = hex && mul > 0n;
  if (mul > 0n) end++;
  else mul = 1n;
  if (mul === 1n) {
    if (valf !== 0n) return { status: 'einval' };
    return end === text.length ? { status: 'ok', value: val, hexSuffix } : { status: 'einval' };
  }
  const value = scale(val, valf, mul);
  if (value >= TWO_64) return finish(text, end, 'erange');
  return end === text.length ? { status: 'ok', value, hexSuffix } : { status: 'einval' };
}

/** An early exit: characters left after `end` turn any failure into `einval`. */
function finish(text: string, end: number, status: 'einval' | 'erange'): SizeScan {
  return { status: end < text.length ? 'einval' : status };
}

/** Options for {@link parseSize}. */
export interface ParseSizeOptions {
  /** The QEMU release whose rules apply (`7.2`, `10.2.1` …); default: the newest. */
  qemuVersion?: string;
}

/**
 * Converts a size parameter value to a byte count, with QEMU's messages for `key`.
 * Before 8.0 a hexadecimal value with a suffix is accepted with QEMU's deprecation
 * warning; before 8.1 fractions follow the older rules (negatives invalid, no `.5k`).
 *
 * @since 0.1.0
 * @throws {QemuOptsUsageError} when called with a value that is not a string.
 */
export function parseSize(
  key: string,
  value: string,
  options: ParseSizeOptions = {},
): ValueResult<bigint> {
  requireString('parseSize', 'key', key);
  requireString('parseSize', 'value', value);
  const version = options.qemuVersion;
  const scan =
    version !== undefined && compareVersions(version, '8.1') < 0
      ? scanSizeLegacy(value, compareVersions(version, '8.0') < 0)
      : scanSize(value);
  if (scan.status === 'erange') {
    const message = `Value '${value}' is out of range for parameter '${key}'`;
    return { ok: false, code: 'size-out-of-range', message };
  }
  if (scan.status !== 'ok') {
    const message = `Parameter '${key}' expects a non-negative number below 2^64`;
    return { ok: false, code: 'invalid-size', message, hint: SIZE_SUFFIX_HINT };
  }
  if (!scan.hexSuffix) return { ok: true, value: scan.value };
  const warning = {
    code: 'hex-size-suffix',
    message: `Using a multiplier suffix on hex numbers is deprecated: ${value}`,
  };
  return { ok: true, value: scan.value, warning };
}
