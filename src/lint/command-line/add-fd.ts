import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { parseNumber } from '../../model/values/parse-number.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, type OptionUse } from '../option-use.js';

/**
 * `-add-fd`: QEMU adds the descriptors to their sets once every option is read
 * (`parse_add_fd` in `vl.c`, 7.2 to 10.2, not on Windows). It reads `fd` as a C `int` and
 * `set` as an `int64_t` from QemuOpts' unsigned 64-bit numbers (so `fd=-1` and
 * `fd=4294967295` are both -1), and checks in order: `fd` given and not negative, not a
 * standard stream, open (which only the host knows), then `set` given and not negative.
 *
 * @module
 */

/** The last value of a number key as C reads it into `bits` signed bits; -1 when absent. */
function signed(use: OptionUse, key: string, bits: number): bigint {
  const value = lastValue(use, key)?.value;
  const read = value === undefined ? undefined : parseNumber(key, value);
  return read?.ok ? BigInt.asIntN(bits, read.value) : -1n;
}

/** The findings for one clean `-add-fd`. */
function addFdFindings(use: OptionUse): { word: number; diagnostic: SpanDiagnostic }[] {
  const whole = { start: 0, end: use.text!.length };
  const fdSpan = lastValue(use, 'fd')?.span ?? whole;
  const error = (code: string, message: string, span = whole, hint?: string) =>
    [{ word: use.argument!, diagnostic: { code, severity: 'error' as const, message, span,
      ...(hint ? { hint } : {}) } }];
  const fd = signed(use, 'fd', 32);
  if (fd < 0n) {
    return error('missing-parameter', 'fd option is required and must be non-negative', fdSpan,
      'name the inherited descriptor: fd=N, with N of 3 or more');
  }
  if (fd <= 2n) {
    return error('standard-stream-fd', 'fd cannot be a standard I/O stream', fdSpan,
      'descriptors 0, 1 and 2 are QEMU\'s own stdin, stdout and stderr; pass another one');
  }
  if (signed(use, 'set', 64) < 0n) {
    return error('missing-parameter', 'set option is required and must be non-negative',
      lastValue(use, 'set')?.span ?? whole, 'name the fd set: set=N');
  }
  return [];
}

/** The rule. */
export const addFd: CommandLineRule = ({ uses, ctx }) => {
  if (ctx.host === 'windows') return [];
  const clean = (use: OptionUse): boolean =>
    use.parsed !== undefined && !use.broken && !use.failed && !use.opaque;
  return uses.flatMap((use) => use.name === 'add-fd' && clean(use) ? addFdFindings(use) : []);
};
