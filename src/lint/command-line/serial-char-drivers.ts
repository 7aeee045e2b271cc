import type { CommandLineRule } from '../command-line-rule.js';
import { compatCharDriverError } from '../../validator/compat-char-driver.js';
import { treeString } from '../option-use.js';

/**
 * `-serial`, `-parallel` and `-debugcon` in their short chardev form. QEMU keeps the
 * arguments while it reads the options and makes their chardevs after the network backends
 * and the monitors (`serial_parse`, `parallel_parse`, `debugcon_parse` in `vl.c`, 7.2 to
 * 10.2): `none` makes none, `chardev:X` names a chardev (chardev-frontends.ts), anything
 * else must be a short form QEMU knows (`'X' is not a valid char driver`, then `could not
 * connect serial device to character backend 'X'` or the like, the message reported). The
 * chardev is named `serialN`, `parallelN` or `debugcon`: a `-chardev` with that name makes
 * another error, so then nothing is judged.
 *
 * @module
 */

/** Options that may define chardevs in a way we do not read. */
const UNREADABLE = new Set(['readconfig', 'set', '']);

/** The options, in the order QEMU makes their chardevs. */
const OPTIONS = ['serial', 'parallel', 'debugcon'];

/** QEMU's last words for each option, which end the run, after the reason. */
const FAILED: Record<string, (text: string) => string> = {
  serial: (text) => `could not connect serial device to character backend '${text}'`,
  parallel: (text) => `could not connect parallel device to character backend '${text}'`,
  debugcon: (text) => `invalid character backend '${text}'`,
};

/** The rule. */
export const serialCharDrivers: CommandLineRule = ({ uses, ctx }) => {
  const chardevIds = uses.filter((u) => u.name === 'chardev')
    .map((u) => u.parsed?.id?.value ?? treeString(u, 'id')?.value ?? '');
  const unread = uses.some((u) => UNREADABLE.has(u.name) || (u.name === 'chardev' && u.opaque));
  const named = (prefix: string) => unread || chardevIds.some((id) => id.startsWith(prefix));
  return OPTIONS.flatMap((name) => uses.filter((u) => u.name === name).flatMap((use) => {
    if (use.opaque || use.text === undefined || use.argument === undefined) return [];
    const text = use.text;
    if (text === 'none' || text.startsWith('chardev:') || named(name)) return [];
    const message = compatCharDriverError(text, ctx.requestedVersion);
    if (message === undefined) return [];
    return [{ word: use.argument, diagnostic: { code: 'serial-char-driver', severity: 'error',
      message: FAILED[name](text), hint: message, span: { start: 0, end: text.length } } }];
  }));
};
