/**
 * Writing argv words back as shell text.
 *
 * @module
 */

/** `word` as one shell word: unchanged when it needs no quoting, else in single quotes. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
