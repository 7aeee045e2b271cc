/**
 * Decoding of C string literals as the C compiler reads them (C11 6.4.4.4, 6.4.5): simple
 * escapes, octal and hex escapes. `qemu-options.hx` help texts are such literals.
 *
 * @module
 */

const SIMPLE: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v',
  '\\': '\\', '"': '"', "'": "'", '?': '?',
};

/** The value of a C string literal given with its quotes; unknown escapes keep the char. */
export function decodeCString(literal: string): string {
  const body = literal.slice(1, -1);
  return body.replace(/\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)/g, (_, esc: string) => {
    if (esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16) & 0xff);
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8) & 0xff);
    return SIMPLE[esc] ?? esc;
  });
}
