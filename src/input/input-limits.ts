import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';

/**
 * How much input qemu-opts reads, and the Linux limit on one argument. Beyond these limits
 * an input is refused with one `input-too-large` error before it is split or checked, so a
 * huge file costs a message, not the memory of the whole machine (a V8 abort).
 *
 * @module
 */

/**
 * The most characters (of a text) or bytes (of a file) read from one input: 16 MiB. A QEMU
 * command line on Linux holds at most ARG_MAX bytes, a quarter of the stack limit (2 MiB
 * with the usual 8 MiB), so a script of many long command lines stays far below it.
 */
export const MAX_INPUT_LENGTH = 16 * 1024 * 1024;

/** The most words split from one input (every command together): one million. */
export const MAX_INPUT_WORDS = 1_000_000;

/**
 * The longest argument Linux's `execve` takes, in bytes with its terminating NUL
 * (`MAX_ARG_STRLEN`, 32 pages of 4 KiB): a longer word fails with `E2BIG`.
 */
export const LINUX_MAX_ARG_STRLEN = 131072;

/** The `input-too-large` error at `at` for an input longer than the limit. */
export function inputTooLong(at: number, length: number, unit: 'characters' | 'bytes'):
    SpanDiagnostic {
  return {
    code: 'input-too-large',
    severity: 'error',
    message: `input of ${length} ${unit} is longer than the ${MAX_INPUT_LENGTH} ` +
      `${unit} qemu-opts reads`,
    span: { start: at, end: at + 1 },
  };
}

/** The `input-too-large` error at the word that goes beyond {@link MAX_INPUT_WORDS}. */
export function tooManyWords(at: number): SpanDiagnostic {
  return {
    code: 'input-too-large',
    severity: 'error',
    message: `input of more than ${MAX_INPUT_WORDS} words: qemu-opts reads at most ` +
      `${MAX_INPUT_WORDS}`,
    span: { start: at, end: at + 1 },
  };
}

/** The UTF-8 length of `text` in bytes, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: two UTF-16 units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
