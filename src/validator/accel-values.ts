import { strtoull } from '../model/values/c-strtoull.js';
import { isInt64Text } from './qapi-scalar.js';

/**
 * The values of `-accel` properties as QEMU sets them: each `PROP=VALUE` goes through
 * `object_property_parse`, so the string input visitor reads it for the property's type
 * (`qapi/string-input-visitor.c`, `qapi/qapi-visit-core.c`), then the property's setter
 * may refuse it (`accel/tcg/tcg-all.c`, `accel/kvm/kvm-all.c`, `target/i386/kvm/kvm.c`;
 * the same in 7.2 and 10.2). Only the properties of `tcg` and x86 `kvm` whose checks were
 * read are here; the others take any value.
 *
 * @module
 */

/** How a property's value is read. */
type ValueKind =
  | { kind: 'uint32'; powerOfTwo?: string }
  | { kind: 'int64' }
  | { kind: 'bool' }
  | { kind: 'enum'; values: string[] };

/** The properties whose values are checked, by accelerator. */
const KINDS: Record<string, Record<string, ValueKind>> = {
  tcg: {
    'tb-size': { kind: 'uint32' },
    'split-wx': { kind: 'bool' },
    'one-insn-per-tb': { kind: 'bool' },
  },
  kvm: {
    'kernel-irqchip': { kind: 'enum', values: ['on', 'off', 'split'] },
    'kvm-shadow-mem': { kind: 'int64' },
    'dirty-ring-size': { kind: 'uint32', powerOfTwo: 'dirty-ring-size must be a power of two.' },
    'notify-vmexit': { kind: 'enum', values: ['run', 'internal-error', 'disable'] },
    'notify-window': { kind: 'uint32' },
  },
};

/** Bool spellings of `qapi_bool_parse`. */
const BOOLS = new Set(['on', 'yes', 'true', 'y', 'off', 'no', 'false', 'n']);

/** `qemu_strtou64(text, NULL, 0)`, or undefined when it fails. */
function strtou64(text: string): bigint | undefined {
  const read = strtoull(text, 0, 0);
  return read.converted && !read.overflow && read.end === text.length ? read.value : undefined;
}

/** QEMU's message for `value` of property `key` of accelerator `accel`, if it refuses it. */
export function accelValueError(accel: string, key: string, value: string): string | undefined {
  const kind = KINDS[accel]?.[key];
  if (kind === undefined) return undefined;
  const expects = (what: string): string => `Parameter '${key}' expects ${what}`;
  switch (kind.kind) {
    case 'bool':
      return BOOLS.has(value) ? undefined : expects("'on' or 'off'");
    case 'enum':
      return kind.values.includes(value) ? undefined
        : `Parameter '${key}' does not accept value '${value}'`;
    case 'int64':
      return isInt64Text(value) ? undefined : expects('int64');
    case 'uint32': {
      const number = strtou64(value);
      if (number === undefined) return expects('uint64');
      if (number > 0xffffffffn) return expects('uint32_t');
      const power = number === 0n || (number & (number - 1n)) === 0n;
      return kind.powerOfTwo && !power ? kind.powerOfTwo : undefined;
    }
  }
}
