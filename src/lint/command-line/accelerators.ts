import { checkAccelerators, type AccelUse } from '../../validator/accelerators.js';
import type { CommandLineRule } from '../command-line-rule.js';

/**
 * `-accel`: QEMU tries each clean `-accel` in turn once every option is read, falling back
 * to the next (accelerators.ts has the names per host and release).
 *
 * @module
 */

/** The rule. */
export const accelerators: CommandLineRule = ({ uses, ctx }) => {
  const accels: AccelUse[] = uses.flatMap((use) =>
    use.name === 'accel' && use.parsed && !use.broken && !use.failed
      ? [{ word: use.argument!, entries: use.parsed.entries }] : []);
  return checkAccelerators(accels, ctx);
};
