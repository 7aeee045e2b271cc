import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, treeString, type OptionUse } from '../option-use.js';
import { IMPLICIT_CHARDEV, unresolved } from './references.js';

/**
 * Backends that name a chardev: `-netdev vhost-user,chardev=` and `-tpmdev
 * emulator,chardev=`. QEMU creates them after every chardev (`net_init_clients`, then
 * `tpm_init`, in `qemu_create_late_backends` of `vl.c`, 7.2 to 10.2), so the chardev may be
 * defined anywhere on the command line; each backend has its own words for a miss.
 *
 * @module
 */

/** The option, backend type and QEMU's message for an unresolved chardev, per backend. */
const BACKENDS: { option: string; type: string; message: (id: string) => string }[] = [
  { option: 'netdev', type: 'vhost-user', message: (id) => `chardev "${id}" not found` },
  { option: 'tpmdev', type: 'emulator',
    message: (id) => `tpm-emulator: tpm chardev '${id}' not found` },
];

/** A string member of a QemuOpts or keyval/JSON use. */
const member = (use: OptionUse, key: string) => lastValue(use, key) ?? treeString(use, key);

/** The rule. */
export const backendChardev: CommandLineRule = (input) =>
  BACKENDS.flatMap(({ option, type, message }) => input.uses.flatMap((use) => {
    if (use.name !== option || use.broken || use.failed || use.opaque) return [];
    if (use.argument === undefined || member(use, 'type')?.value !== type) return [];
    const chardev = member(use, 'chardev');
    if (chardev === undefined || IMPLICIT_CHARDEV.test(chardev.value)) return [];
    return unresolved(input.ids.resolve('chardev', chardev.value), use.argument, chardev.span,
      message(chardev.value));
  }));
