import { propertiesOf } from '../../catalog/build-facts.js';
import { machineNameOf } from '../../validator/machine-facts.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { unresolved } from './references.js';

/**
 * `-machine pflash0=X` and `pflash1=X`, the firmware flash of PC machines: aliases of the
 * board's flash devices' `drive` property, so QEMU resolves `X` against every `-drive` ID and
 * `-blockdev` node name when it sets the machine properties, after creating the block
 * backends (`qemu_apply_machine_options` in `vl.c`): `Property 'cfi.pflash01.drive' can't
 * find value 'X'`. Checked only where the build facts give the machine these properties.
 *
 * @module
 */

/** The rule. */
export const machinePflash: CommandLineRule = ({ machine, ids, facts }) => {
  if (facts === undefined) return [];
  const name = machineNameOf(machine.leaf('type')?.node.value, facts);
  if (typeof name !== 'string') return [];
  const props = propertiesOf(facts, `${name}-machine`);
  return ['pflash0', 'pflash1'].flatMap((key) => {
    const leaf = machine.leaf(key);
    if (leaf === undefined || leaf.node.value === '' || props?.get(key) !== 'drive') return [];
    const id = leaf.node.value;
    const resolution = ids.resolve('drive', id);
    const resolved = resolution.kind === 'missing' ? ids.resolve('node-name', id) : resolution;
    return unresolved(resolved, leaf.word, leaf.node.valueSpan,
      `Property 'cfi.pflash01.drive' can't find value '${id}'`);
  }).slice(0, 1);
};
