import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, type OptionUse } from '../option-use.js';

/**
 * Standard input and output serve one chardev: QEMU refuses a second `stdio` chardev, and
 * any with `-daemonize` (`qemu_chr_open_stdio` in `chardev/char-stdio.c`, 7.2 to 10.2).
 * QEMU creates `-chardev`, `-monitor` and `-qmp` chardevs in command-line order
 * (`qemu_create_early_backends`), then those of `-serial`, `-parallel` and `-debugcon`, one
 * kind after the other (`qemu_create_late_backends` of `vl.c`); the error falls on the first
 * one that fails.
 *
 * LIMITATION(#4): the chardevs QEMU adds itself (the default serial of `-nographic`, `-gdb`)
 * are not counted, so a clash with one of them passes silently.
 *
 * @module
 */

/** Options whose whole argument names a chardev backend, in the order QEMU creates them. */
const EARLY = ['chardev', 'monitor', 'qmp', 'qmp-pretty'];
const LATE = ['serial', 'parallel', 'debugcon'];

/** Whether QEMU makes a stdio chardev for `use`. */
function isStdio(use: OptionUse): boolean {
  if (use.broken || use.failed || use.opaque || use.argument === undefined) return false;
  if (use.name === 'chardev') return lastValue(use, 'backend')?.value === 'stdio';
  return use.text === 'stdio' || use.text === 'mon:stdio';
}

/** The stdio chardevs of `uses`, in the order QEMU creates them. */
function stdioInCreationOrder(uses: readonly OptionUse[]): OptionUse[] {
  const early = uses.filter((u) => EARLY.includes(u.name) && isStdio(u));
  const late = LATE.flatMap((name) => uses.filter((u) => u.name === name && isStdio(u)));
  return [...early, ...late];
}

/** The whole argument of `use`, or the `backend` value of a `-chardev`. */
function spanOf(use: OptionUse): { start: number; end: number } {
  if (use.name === 'chardev') return lastValue(use, 'backend')!.span;
  return { start: 0, end: use.text!.length };
}

/** The rule. */
export const stdioChardevs: CommandLineRule = ({ uses }) => {
  const stdio = stdioInCreationOrder(uses);
  const daemonize = uses.some((u) => u.name === 'daemonize' && u.usable);
  const failing = daemonize ? stdio[0] : stdio[1];
  if (failing === undefined) return [];
  const message = daemonize ? 'cannot use stdio with -daemonize'
    : 'cannot use stdio by multiple character devices';
  return [{ word: failing.argument!, diagnostic: { code: 'invalid-combination',
    severity: 'error', message, span: spanOf(failing) } }];
};
