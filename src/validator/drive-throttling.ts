import { parseNumber } from '../model/values/parse-number.js';

/**
 * QEMU's checks on a drive's throttling numbers once they are all read (`throttle_is_valid`
 * in `util/throttle.c`, the same in 7.2 and 10.2), in its order.
 *
 * @module
 */

/** The buckets in QEMU's order, by the name of their average-rate option. */
const BUCKETS = ['bps-total', 'bps-read', 'bps-write', 'iops-total', 'iops-read', 'iops-write'];

/** The largest rate QEMU takes. */
const VALUE_MAX = 1_000_000_000_000_000n;

/** One bucket's numbers. */
interface Bucket {
  avg: bigint;
  max: bigint;
  length: bigint;
}

/** The number `throttling.NAME` holds, or `fallback` when it is absent or unreadable. */
function numberOf(values: ReadonlyMap<string, string>, name: string, fallback: bigint): bigint {
  const text = values.get(`throttling.${name}`);
  if (text === undefined) return fallback;
  const read = parseNumber(name, text);
  return read.ok ? read.value : fallback;
}

/** Whether a total and its read or write part are both set. */
function totalAndPart(b: readonly Bucket[], field: 'avg' | 'max', first: number): boolean {
  return b[first][field] !== 0n && (b[first + 1][field] !== 0n || b[first + 2][field] !== 0n);
}

/** QEMU's message for one bucket, or undefined when it passes. */
function bucketError(b: Bucket): string | undefined {
  if (b.avg > VALUE_MAX || b.max > VALUE_MAX) {
    return `bps/iops/max values must be within [0, ${VALUE_MAX}]`;
  }
  if (b.length === 0n) return 'the burst length cannot be 0';
  if (b.length > 1n && b.max === 0n) return 'burst length set without burst rate';
  if (b.max !== 0n && b.length > VALUE_MAX / b.max) {
    return 'burst length too high for this burst rate';
  }
  if (b.max !== 0n && b.avg === 0n) return 'bps_max/iops_max require corresponding bps/iops values';
  if (b.max !== 0n && b.max < b.avg) return 'bps_max/iops_max cannot be lower than bps/iops';
  return undefined;
}

/**
 * QEMU's message for the throttling numbers in `values` (keys `throttling.*`, values as
 * written, each one readable as a number), or undefined when QEMU accepts them.
 */
export function throttlingError(values: ReadonlyMap<string, string>): string | undefined {
  const buckets: Bucket[] = BUCKETS.map((name) => ({
    avg: numberOf(values, name, 0n),
    max: numberOf(values, `${name}-max`, 0n),
    length: numberOf(values, `${name}-max-length`, 1n),
  }));
  if ([0, 3].some((i) => totalAndPart(buckets, 'avg', i) || totalAndPart(buckets, 'max', i))) {
    return 'bps/iops/max total values and read/write values cannot be used at the same time';
  }
  const ops = buckets.slice(3).some((b) => b.avg !== 0n);
  if (numberOf(values, 'iops-size', 0n) !== 0n && !ops) {
    return 'iops size requires an iops value to be set';
  }
  for (const bucket of buckets) {
    const error = bucketError(bucket);
    if (error !== undefined) return error;
  }
  return undefined;
}
