import { checkGlobalDriver } from '../../validator/cpu-and-global.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { readable } from './devices.js';

/**
 * `-global DRIVER.PROP=VALUE` against the build facts: a driver that is no device type is
 * never applied, and QEMU warns about it once the machine is created
 * (`qdev_prop_check_globals`).
 *
 * @module
 */

/**
 * The rule. LIMITATION(#4): a -global's property and value are not checked; QEMU applies
 * them when it creates a device of that type (`can't apply global …`), so a misspelt one
 * passes silently.
 */
export const globalDrivers: CommandLineRule = ({ uses, facts }) => {
  if (facts === undefined) return [];
  return uses.filter((u) => u.name === 'global' && readable(u)).flatMap((use) =>
    checkGlobalDriver(use.text!, facts).map((diagnostic) =>
      ({ word: use.argument!, diagnostic })));
};
