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

/** One escape or plain character at the start of a literal's body. */
const UNIT = /\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)|[^\\]/y;

/**
 * The index in `literal` (quotes included) of the character that decodes to the value's
 * character at `index`; the closing quote's index when `index` is past the end.
 */
export function literalIndexOfValueIndex(literal: string, index: number): number {
  let at = 1;
  for (let n = 0; n < index && at < literal.length - 1; n++) {
    UNIT.lastIndex = at;
    const m = UNIT.exec(literal);
    at += m ? m[0].length : 1;
  }
  return at;
}
