import { checkMergedValueSets } from '../../validator/value-sets.js';
import { presentParams } from '../../validator/check-qemu-opts.js';
import { checkMemorySize } from '../../validator/memory-size.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { mergedUsesOf } from './list-uses.js';

/**
 * The value sets of merging lists, which QEMU reads once every use is in (the last value of
 * each key counts), and the size of the merged `-m`.
 *
 * @module
 */

/** The rule. */
export const mergedLists: CommandLineRule = ({ uses, ctx }) => {
  const found = [];
  for (const [name, { list, uses: listUses }] of mergedUsesOf(uses, ctx)) {
    for (const d of checkMergedValueSets(name, listUses, presentParams(list, ctx))) {
      if (d.word >= 0) found.push(d);
    }
    const memory = name === 'memory' ? checkMemorySize(listUses, ctx.version) : undefined;
    if (memory) found.push(memory);
  }
  return found;
};
