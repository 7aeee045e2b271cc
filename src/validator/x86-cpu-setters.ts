import { descendsFrom, type BuildFacts } from '../catalog/build-facts.js';
import { visitInt, writtenString, type WrittenValue } from './written-value.js';

/**
 * What the setters of an x86 CPU's `vendor`, `family`, `model`, `stepping` and
 * `tsc-frequency` properties refuse in QEMU 7.2 (`target/i386/cpu.c`), after their visitor
 * took the value: a vendor that is not 12 bytes, a number outside the field's range. Their
 * messages name the type as the empty string (`Property '.vendor' doesn't take value 'x'`).
 * Later releases word them differently, so other releases are not checked.
 *
 * @module
 */

/** Number properties with their smallest and largest value. */
const RANGES: Record<string, [bigint, bigint]> = {
  family: [0n, 0xffn + 0xfn], model: [0n, 0xffn], stepping: [0n, 0xfn],
  'tsc-frequency': [0n, 2n ** 63n - 1n],
};

/** The length of CPUID's vendor string, in bytes. */
const VENDOR_BYTES = 12;

/** Whether the facts are QEMU 7.2's for an x86 target and `type` is one of its CPUs. */
function isX86Cpu72(facts: BuildFacts, type: string): boolean {
  return /^7\.2(\.|$)/.test(facts.qemuVersion) &&
    (facts.target === 'x86_64' || facts.target === 'i386') &&
    descendsFrom(facts, type, `${facts.target}-cpu`);
}

/**
 * QEMU's error for `value` of property `name` of the CPU type `type`, undefined when the
 * setter takes it or is not one of these. Includes the visitor's error for the number
 * properties, whose QOM type `int` says nothing of how they are read.
 */
export function x86CpuSetterError(facts: BuildFacts, type: string, name: string,
  value: WrittenValue): string | undefined {
  if (!isX86Cpu72(facts, type)) return undefined;
  if (name === 'vendor') {
    const text = writtenString(value);
    if (text === undefined || new TextEncoder().encode(text).length === VENDOR_BYTES) {
      return undefined;
    }
    return `Property '.vendor' doesn't take value '${text}'`;
  }
  if (!Object.hasOwn(RANGES, name)) return undefined;
  const visited = visitInt(name, value);
  if ('error' in visited) return visited.error;
  const [min, max] = RANGES[name];
  if (visited.n >= min && visited.n <= max) return undefined;
  return `Property .${name} doesn't take value ${visited.n} (minimum: ${min}, maximum: ${max})`;
}
