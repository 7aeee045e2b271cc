/**
 * The result of converting one raw parameter value to its type (spec section 2).
 *
 * @module
 */

/** A conversion that worked, possibly with a warning QEMU prints while accepting it. */
export interface ValueOk<T> {
  /** The conversion worked. */
  ok: true;
  /** The typed value. */
  value: T;
  /** A warning QEMU prints while accepting the value (e.g. a deprecated spelling). */
  warning?: { code: string; message: string };
}

/** A conversion that failed, with QEMU's message for it. */
export interface ValueError {
  /** The conversion failed. */
  ok: false;
  /** The diagnostic code (`invalid-bool`, `invalid-number`, …). */
  code: string;
  /** QEMU's message, word for word. */
  message: string;
  /** QEMU's hint, if it prints one (may span lines). */
  hint?: string;
}

/** Either a typed value or QEMU's error for it. */
export type ValueResult<T> = ValueOk<T> | ValueError;
