import type { CommandLineRule } from '../command-line-rule.js';

/**
 * The machine's properties, which QEMU's visitor reads when it creates the machine from the
 * merged `-machine`, `-smp` and `-boot` tree (machine-tree.ts).
 *
 * @module
 */

/** The rule. */
export const machineProperties: CommandLineRule = ({ machine, ctx }) => machine.findings(ctx);
