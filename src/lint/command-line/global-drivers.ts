import { descendsFrom, type BuildFacts } from '../../catalog/build-facts.js';
import { parseJsonArg } from '../../model/parse-json-arg.js';
import { parseQemuOpts } from '../../model/parse-qemu-opts.js';
import { checkGlobalDriver, globalProperty } from '../../validator/cpu-and-global.js';
import { resolveDriver } from '../../validator/device-option.js';
import type { OptionUse } from '../option-use.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { readable } from './devices.js';

/**
 * `-global DRIVER.PROP=VALUE` against the build facts: a driver that is no device type is
 * never applied, and QEMU warns about it once the machine is created
 * (`qdev_prop_check_globals`); a property the device type lacks is a warning, as QEMU
 * stops only if it creates such a device. When a `-device` creates one, `devices.ts`
 * reports QEMU's error there instead, with the global's value checked too.
 *
 * @module
 */

/** The driver a readable `-device` argument names, if any. */
function driverOf(text: string): string | undefined {
  if (text.startsWith('{')) {
    const value = parseJsonArg(text).value;
    const driver = value?.kind === 'object' ? value.members.get('driver')?.value : undefined;
    return driver?.kind === 'string' ? driver.value : undefined;
  }
  return parseQemuOpts(text, { impliedKey: 'driver' }).entries
    .filter((e) => e.key === 'driver').pop()?.value;
}

/** The device types the command line's `-device` options create. */
function createdTypes(uses: readonly OptionUse[], facts: BuildFacts): string[] {
  return uses.filter((u) => u.name === 'device' && readable(u)).flatMap((u) => {
    const driver = driverOf(u.text!);
    const resolved = driver === undefined ? undefined
      : resolveDriver(facts, driver, { start: 0, end: 0 });
    return resolved !== undefined && 'type' in resolved ? [resolved.type] : [];
  });
}

/**
 * The rule. LIMITATION(#4): a global for a device the machine creates itself is not
 * applied, so a bad value there passes silently.
 */
export const globalDrivers: CommandLineRule = ({ uses, facts }) => {
  if (facts === undefined) return [];
  const created = createdTypes(uses, facts);
  return uses.filter((u) => u.name === 'global' && readable(u)).flatMap((use) => {
    const driver = globalProperty(use.text!)?.driver;
    const atDevice = driver !== undefined && created.some((t) => descendsFrom(facts, t, driver));
    return checkGlobalDriver(use.text!, facts)
      .filter((d) => !(atDevice && d.code === 'global-property-unknown'))
      .map((diagnostic) => ({ word: use.argument!, diagnostic }));
  });
};
