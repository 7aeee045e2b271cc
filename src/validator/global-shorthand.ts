/**
 * `-global driver.prop=value`: QEMU tries this shorthand before reading the argument as a
 * QemuOpts string (`qemu_global_option`). The shorthand is taken when the argument starts
 * with 1-63 characters other than `.` and `=`, a `.`, then 1-63 characters other than `=`,
 * then `=` (a `sscanf` with `%63[^.=].%63[^=]`); everything after the `=` is the value.
 *
 * @module
 */

const SHORTHAND = /^[^.=]{1,63}\.[^=]{1,63}=/;

/** Whether a `-global` argument is read as `driver.prop=value`. */
export function isGlobalShorthand(argument: string): boolean {
  return SHORTHAND.test(argument);
}
