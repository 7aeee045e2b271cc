import type { CommandLineRule } from '../command-line-rule.js';
import { IMPLICIT_CHARDEV, unresolved } from './references.js';

/**
 * `-serial`, `-parallel` and `-debugcon` with `chardev:X`: QEMU connects them after every
 * chardev and monitor is created (`serial_parse` … in `vl.c`, 7.2 to 10.2), so the chardev may
 * be defined anywhere on the command line; each option has its own words for a miss.
 *
 * @module
 */

/** QEMU's message for an unresolved `chardev:X`, per option. */
const MESSAGES: Record<string, (arg: string) => string> = {
  serial: (arg) => `could not connect serial device to character backend '${arg}'`,
  parallel: (arg) => `could not connect parallel device to character backend '${arg}'`,
  debugcon: (arg) => `invalid character backend '${arg}'`,
};

/** The rule. */
export const deviceChardev: CommandLineRule = (input) =>
  input.uses.flatMap((use) => {
    const message = MESSAGES[use.name];
    const text = use.text;
    if (message === undefined || use.opaque || text === undefined) return [];
    if (!text.startsWith('chardev:')) return [];
    const id = text.slice('chardev:'.length);
    if (IMPLICIT_CHARDEV.test(id)) return [];
    const span = { start: 'chardev:'.length, end: text.length };
    return unresolved(input.ids.resolve('chardev', id), use.argument!, span, message(text));
  });
