import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { strtoull } from '../model/values/c-strtoull.js';

/**
 * `-dfilter RANGE[,RANGE…]`: QEMU reads the ranges while it reads the command line
 * (`qemu_set_dfilter_ranges` in `util/log.c`, the same in 7.2 and 10.2) and stops at the
 * first it cannot use. Each range is `A+N`, `A-N` or `A..B`; the operator is the first `-`
 * in the range, else the first `+`, else the first `..`. `A` must be a number ending right
 * at the operator, the rest after it one number and nothing else (C `strtoull`, base 0,
 * so leading spaces and a sign are read), and the range may not end below its start
 * (unsigned 64-bit sums, so `0+0` wraps to the whole space and passes).
 *
 * @module
 */

const MASK = 2n ** 64n - 1n;

/** A range's operator: where it is and its text. */
function operatorOf(range: string): { at: number; op: string } | undefined {
  for (const op of ['-', '+', '..']) {
    const at = range.indexOf(op);
    if (at >= 0) return { at, op };
  }
  return undefined;
}

/** The bounds of the range `left op right`, as QEMU computes them. */
function bounds(left: bigint, op: string, right: bigint): [bigint, bigint] {
  if (op === '+') return [left, (left + right - 1n) & MASK];
  if (op === '-') return [(left - (right - 1n)) & MASK, left];
  return [left, right];
}

/** QEMU's message for one range, if it rejects it. */
function rangeError(range: string): string | undefined {
  const found = operatorOf(range);
  if (found === undefined) return 'Bad range specifier';
  const { at, op } = found;
  const left = strtoull(range, 0, 0);
  if (!left.converted || left.overflow || left.end !== at) {
    return `Invalid number to the left of ${op}`;
  }
  const right = strtoull(range, at + op.length, 0);
  if (!right.converted || right.overflow || right.end !== range.length) {
    return `Invalid number to the right of ${op}`;
  }
  const [low, high] = bounds(left.value, op, right.value);
  return low > high ? 'Invalid range' : undefined;
}

/** QEMU's error for the `-dfilter` argument `text`, on the first range it rejects. */
export function checkDfilterRanges(text: string): SpanDiagnostic[] {
  // An empty argument has no ranges at all (GLib splits it into nothing).
  if (text === '') return [];
  let start = 0;
  for (const range of text.split(',')) {
    const message = rangeError(range);
    if (message !== undefined) {
      // An empty range has no text of its own: point at the whole argument.
      const span = range === '' ? { start: 0, end: text.length }
        : { start, end: start + range.length };
      return [{ code: 'invalid-argument', severity: 'error', message, span }];
    }
    start += range.length + 1;
  }
  return [];
}
