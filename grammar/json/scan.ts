/**
 * The number and string states of QEMU's JSON lexer (`qobject/json-lexer.c`), as plain
 * scanners for chevrotain custom token patterns: each says how far a token runs and
 * whether QEMU would accept it or report it as a stray.
 *
 * @module
 */

/** How far a token runs from `offset`, and whether it is well formed. */
export interface Scanned {
  /** Offset just past the token (for a bad token, QEMU's stray text ends here). */
  end: number;
  /** Whether QEMU's lexer accepts the token. */
  ok: boolean;
  /** For numbers: whether it has a fraction or exponent. */
  float?: boolean;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Scans digits from `at`; returns the offset after them. */
function digits(text: string, at: number): number {
  while (isDigit(text.charCodeAt(at))) at++;
  return at;
}

/**
 * A number at `offset`, if it holds `-` or a digit. A malformed number ends with the
 * character that broke it (`-}` , `1.x`); a run of digits after a leading `0` is one bad
 * token (`01`).
 */
export function scanNumber(text: string, offset: number): Scanned | undefined {
  const start = text.charCodeAt(offset);
  if (start !== 45 && !isDigit(start)) return undefined;
  let at = offset;
  if (text.charCodeAt(at) === 45) at++;
  const first = text.charCodeAt(at);
  if (!isDigit(first)) return { end: Math.min(at + 1, text.length), ok: false };
  at = first === 48 ? at + 1 : digits(text, at);
  if (first === 48 && isDigit(text.charCodeAt(at))) return { end: digits(text, at), ok: false };
  let float = false;
  if (text.charCodeAt(at) === 46) {
    if (!isDigit(text.charCodeAt(at + 1))) return { end: Math.min(at + 2, text.length), ok: false };
    at = digits(text, at + 1);
    float = true;
  }
  const e = text.charCodeAt(at);
  if (e === 101 || e === 69) {
    at++;
    const sign = text.charCodeAt(at);
    if (sign === 43 || sign === 45) at++;
    if (!isDigit(text.charCodeAt(at))) return { end: Math.min(at + 1, text.length), ok: false };
    at = digits(text, at);
    float = true;
  }
  return { end: at, ok: true, float };
}

/**
 * A string at `offset`, if it holds a quote (`"` or `'`). Any character from U+0020 may
 * follow a backslash (the parser checks escapes later). A control character, or the end
 * of the input, makes the token bad; the control character is part of the bad text.
 */
export function scanString(text: string, offset: number): Scanned | undefined {
  const quote = text.charCodeAt(offset);
  if (quote !== 34 && quote !== 39) return undefined;
  let at = offset + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code < 32) return { end: at + 1, ok: false };
    if (code === quote) return { end: at + 1, ok: true };
    if (code === 92) {
      if (at + 1 >= text.length) return { end: text.length, ok: false };
      if (text.charCodeAt(at + 1) < 32) return { end: at + 2, ok: false };
      at += 2;
    } else {
      at++;
    }
  }
  return { end: text.length, ok: false };
}
