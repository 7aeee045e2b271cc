import type { CommandLineRule } from '../command-line-rule.js';
import type { OptionUse } from '../option-use.js';

/**
 * `-append` and `-initrd` (or `-machine append=`/`initrd=`) need a kernel (`-kernel` or
 * `-machine kernel=`): QEMU checks this first once every option is read, whatever the machine
 * (`qemu_validate_options` in `vl.c`, 7.2 to 10.2), `-append` before `-initrd`; its message
 * names no option.
 *
 * @module
 */

/** The machine properties, their options, and QEMU's message when there is no kernel. */
const NEED_KERNEL = [
  { key: 'append', message: '-append only allowed with -kernel option' },
  { key: 'initrd', message: '-initrd only allowed with -kernel option' },
];

/** Whether `use` may set machine properties in a way not read (substitution, config file). */
const unreadable = (u: OptionUse): boolean => u.name === 'readconfig' || u.name === '' ||
  u.name === 'set' || ((u.name === 'machine' || u.name === 'M') && (u.opaque || !!u.broken));

/** The rule. */
export const kernelOptions: CommandLineRule = ({ uses, machine }) => {
  if (uses.some(unreadable)) return [];
  const given = (key: string) => machine.has(key) ||
    uses.some((u) => u.name === key && u.usable && u.argument !== undefined);
  if (given('kernel')) return [];
  for (const { key, message } of NEED_KERNEL) {
    if (!given(key)) continue;
    const use = uses.filter((u) => u.name === key && u.argument !== undefined).pop();
    const leaf = machine.leaf(key);
    const at = use?.argument ?? leaf?.word;
    const span = use ? { start: 0, end: use.text?.length ?? 0 } : leaf?.node.valueSpan;
    if (at === undefined || span === undefined) return [];
    return [{ word: at, diagnostic: { code: 'invalid-combination', severity: 'error', message,
      span } }];
  }
  return [];
};
