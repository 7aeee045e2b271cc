import type { CommandLineRule } from '../command-line-rule.js';
import { treeString } from '../option-use.js';
import { unresolved } from './references.js';

/**
 * A `-blockdev` whose `file` names another node: QEMU opens the `-blockdev` nodes in
 * command-line order, before any `-drive` (`configure_blockdev` in `vl.c`, 7.2 to 10.2), so
 * only a node given earlier counts: `Cannot find device='X' nor node-name='X'`.
 *
 * LIMITATION(#4): other members that name a node (`backing`, `data-file`, quorum
 * `children` …) are not resolved, so a misspelt node name there passes silently.
 *
 * @module
 */

/** The rule. */
export const blockdevReferences: CommandLineRule = (input) =>
  input.uses.flatMap((use) => {
    if (use.name !== 'blockdev' || use.broken || use.failed || use.opaque) return [];
    const file = treeString(use, 'file');
    if (file === undefined || use.argument === undefined) return [];
    const word = use.argument;
    const resolution = input.ids.resolve('node-name', file.value,
      (d) => d.option === 'blockdev' && d.word < word);
    return unresolved(resolution, word, file.span,
      `Cannot find device='${file.value}' nor node-name='${file.value}'`);
  });
