import type { CommandLineRule } from '../command-line-rule.js';

/**
 * `-vga TYPE`: QEMU looks the type up once every option is read, before it creates any
 * backend (`select_vgahw` in `vl.c`, 7.2 to 10.2), matching each known name as a prefix of
 * the argument, then reading `,retrace=dumb|precise` after it; an argument no name starts, or
 * `none` followed by anything else, gets `unknown vga type: ARG`.
 *
 * LIMITATION(#4): whether another known type is available depends on the build, which QEMU
 * checks before what follows the name: `stdx` (QEMU: unknown vga type) passes silently.
 *
 * @module
 */

/** The names of QEMU's VGA interface table, the same in 7.2 and 10.2. */
const VGA_NAMES = ['none', 'std', 'cirrus', 'vmware', 'virtio', 'qxl', 'tcx', 'cg3', 'xenfb'];

/** What may follow the type name: retrace methods, each read as a prefix. */
const RETRACE = /^(,retrace=(dumb|precise))*$/;

/** The rule: the last `-vga` is the one QEMU looks up. */
export const vgaType: CommandLineRule = ({ uses }) => {
  const use = uses.filter((u) => u.name === 'vga' && u.usable && u.text !== undefined).pop();
  if (use === undefined || use.opaque || use.text === 'help') return [];
  const text = use.text!;
  const name = VGA_NAMES.find((n) => text.startsWith(n));
  // A known type that may be unavailable fails on that first; `none` always is available.
  if (name !== undefined && name !== 'none') return [];
  if (name === 'none' && RETRACE.test(text.slice(name.length))) return [];
  return [{ word: use.argument!, diagnostic: { code: 'invalid-value', severity: 'error',
    message: `unknown vga type: ${text}`, span: { start: 0, end: text.length } } }];
};
