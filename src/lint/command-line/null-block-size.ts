import type { CommandLineRule } from '../command-line-rule.js';
import { treeString } from '../option-use.js';

/**
 * A `null-co` or `null-aio` `-blockdev` with a negative `size`: the QAPI type takes any
 * integer, but when QEMU opens the node after reading every option it reads the options
 * again as QemuOpts with `&error_abort` (`null_file_open` in `block/null.c`, 7.2 to 10.2), so
 * `Parameter 'size' expects a non-negative number below 2^64` makes QEMU abort (`Unexpected
 * error in parse_option_size()`, status 134): QEMU does not start.
 *
 * @module
 */

/** The drivers that read their options this way. */
const NULL_DRIVERS = new Set(['null-co', 'null-aio']);

/** The rule. */
export const nullBlockSize: CommandLineRule = ({ uses }) => uses.flatMap((use) => {
  if (use.name !== 'blockdev' || use.broken || use.failed || use.opaque) return [];
  if (!NULL_DRIVERS.has(treeString(use, 'driver')?.value ?? '')) return [];
  const size = treeString(use, 'size');
  if (size === undefined || !/^\s*-/.test(size.value) || use.argument === undefined) return [];
  return [{ word: use.argument, diagnostic: { code: 'block-driver-option', severity: 'error',
    message: "Parameter 'size' expects a non-negative number below 2^64",
    hint: 'QEMU aborts here (Unexpected error in parse_option_size()); give a size of 0 or more',
    span: size.span } }];
});
