import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue } from '../option-use.js';
import { IMPLICIT_CHARDEV, unresolved } from './references.js';

/**
 * A `mux` chardev's base: QEMU creates chardevs in command-line order and looks the base
 * up when it creates the mux (`char-mux.c`, 7.2 to 10.2), so only a chardev given earlier
 * counts: a forward reference is an error.
 *
 * @module
 */

/** The rule. */
export const muxChardev: CommandLineRule = (input) =>
  input.uses.flatMap((use) => {
    if (use.name !== 'chardev' || use.broken || use.failed) return [];
    if (!use.parsed || use.parsed.id === undefined) return [];
    if (lastValue(use, 'backend')?.value !== 'mux') return [];
    const base = lastValue(use, 'chardev');
    if (base === undefined || IMPLICIT_CHARDEV.test(base.value)) return [];
    const word = use.argument!;
    const resolution = input.ids.resolve('chardev', base.value, (d) => d.word < word);
    return unresolved(resolution, word, base.span, `mux: base chardev ${base.value} not found`);
  });
