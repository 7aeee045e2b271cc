import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { parseNumber } from '../../model/values/parse-number.js';
import { parseSize } from '../../model/values/parse-size.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, type OptionUse } from '../option-use.js';

/**
 * `-m slots=` and `maxmem=`: QEMU hands the merged `-m` to the machine's `memory` property,
 * which checks them when the machine is created (`machine_set_mem` in `hw/core/machine.c`,
 * 7.2 to 10.2): slots need a maximum size, the maximum may not be below the size (rounded up
 * to 8 KiB; a size without a unit is MiB), and with slots it may not equal it.
 *
 * LIMITATION(#4): without an explicit `-m` size the machine's default size applies, which
 * depends on the machine type, so `maxmem` is then not compared.
 *
 * @module
 */

/** The last value of `key` over the merged `-m` uses, with its use. */
export function last(uses: readonly OptionUse[], key: string) {
  let found: { use: OptionUse; value: string; span: { start: number; end: number } } | undefined;
  for (const use of uses) {
    const v = lastValue(use, key);
    if (v) found = { use, ...v };
  }
  return found;
}

/** The size in bytes QEMU gives the machine for `-m size=value`, if it can be read. */
export function ramSize(value: string, version: string): bigint | undefined {
  const read = parseSize('size', /[0-9]$/.test(value) ? `${value}M` : value,
    { qemuVersion: version });
  if (!read.ok || read.value === 0n) return undefined;
  return (read.value + 8191n) / 8192n * 8192n;
}

/** The rule. */
export const memorySlots: CommandLineRule = ({ uses, machine, ctx }) => {
  const memory = uses.filter((u) => u.name === 'm');
  // -machine memory.* merges into the same property: not modelled.
  if (machine.has('memory') || memory.some((u) => u.opaque || u.broken || !u.parsed)) return [];
  const slots = last(memory, 'slots');
  const maxmem = last(memory, 'maxmem');
  const at = (f: NonNullable<typeof slots>, code: string, message: string, hint: string) => {
    const diagnostic: SpanDiagnostic = { code, severity: 'error', message, span: f.span, hint };
    return [{ word: f.use.argument!, diagnostic }];
  };
  if (maxmem === undefined) {
    return slots ? at(slots, 'missing-parameter', 'slots specified but no max-size',
      'memory slots need a maximum: add maxmem=SIZE') : [];
  }
  const sizeEntry = last(memory, 'size');
  const size = sizeEntry && ramSize(sizeEntry.value, ctx.version);
  const max = parseSize('maxmem', maxmem.value, { qemuVersion: ctx.version });
  if (size === undefined || !max.ok) return [];
  const hex = (n: bigint) => `0x${n.toString(16)}`;
  if (max.value < size) {
    return at(maxmem, 'invalid-combination', 'invalid value of maxmem: maximum memory size ' +
      `(${hex(max.value)}) must be at least the initial memory size (${hex(size)})`,
    'maxmem is the most memory the guest can have, the size included');
  }
  const count = slots && parseNumber('slots', slots.value);
  if (count && count.ok && count.value !== 0n && max.value === size) {
    return at(maxmem, 'invalid-combination', 'invalid value of maxmem: memory slots were ' +
      `specified but maximum memory size (${hex(max.value)}) is equal to the initial memory ` +
      `size (${hex(size)})`, 'raise maxmem above the size to leave room for hot-plugged memory');
  }
  return [];
};
