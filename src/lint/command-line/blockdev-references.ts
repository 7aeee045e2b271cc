import type { CommandLineRule } from '../command-line-rule.js';
import { treeString } from '../option-use.js';
import { unresolved } from './references.js';

/**
 * `-blockdev` members that name another node: QEMU opens the `-blockdev` nodes in
 * command-line order, before any `-drive` (`configure_blockdev` in `vl.c`, 7.2 to 10.2), so
 * only a node given earlier counts: `Cannot find device='X' nor node-name='X'`. It opens
 * `file` first, then (once the format driver has read the image) qcow2's `data-file`, then
 * `backing` (`Could not open backing file: …`); an empty `backing` means none.
 *
 * LIMITATION(#4): other members that name a node (quorum `children`, `blkverify`'s
 * `test`/`raw` …) are not resolved, so a misspelt node name there passes silently.
 *
 * @module
 */

/** The members resolved, in the order QEMU opens them, with the prefix of their message. */
const MEMBERS: readonly [string, string][] = [
  ['file', ''], ['data-file', ''], ['backing', 'Could not open backing file: '],
];

/** The rule. */
export const blockdevReferences: CommandLineRule = (input) =>
  input.uses.flatMap((use) => {
    if (use.name !== 'blockdev' || use.broken || use.failed || use.opaque) return [];
    const word = use.argument;
    if (word === undefined) return [];
    for (const [member, prefix] of MEMBERS) {
      const ref = treeString(use, member);
      if (ref === undefined || (member === 'backing' && ref.value === '')) continue;
      const resolution = input.ids.resolve('node-name', ref.value,
        (d) => d.option === 'blockdev' && d.word < word);
      const found = unresolved(resolution, word, ref.span,
        `${prefix}Cannot find device='${ref.value}' nor node-name='${ref.value}'`);
      if (found.length > 0) return found;
    }
    return [];
  });
