import type { CommandLineRule } from '../command-line-rule.js';

/**
 * The machine's properties, which QEMU's visitor reads when it creates the machine from the
 * merged `-machine`, `-smp` and `-boot` tree (machine-tree.ts); with build facts, also the
 * machine type and its board properties.
 *
 * @module
 */

/** The rule. */
export const machineProperties: CommandLineRule = ({ machine, ctx, facts }) =>
  machine.findings(ctx, facts);
