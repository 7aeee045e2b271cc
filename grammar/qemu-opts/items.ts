/**
 * Reading the text of an item token (see `tokens.ts`: one token per item, with its closing
 * comma). Plain string functions, shared by the model and the keyval grammar's users.
 *
 * @module
 */
import type { IToken } from 'chevrotain';

const COMMA = 44;

/**
 * The length of an item token's image without its closing comma. A value's own commas
 * come in `,,` pairs, so an odd number of trailing commas ends in the separator.
 */
export function itemLength(image: string): number {
  let i = image.length - 1;
  if (image.charCodeAt(i) !== COMMA) return image.length;
  while (i > 0 && image.charCodeAt(i - 1) === COMMA) i--;
  return (image.length - i) & 1 ? image.length - 1 : image.length;
}

/** A value with each `,,` turned into `,` (spec 1.3). */
export function unescapeValue(raw: string): string {
  return raw.indexOf(',,') < 0 ? raw : raw.replaceAll(',,', ',');
}

/** The key of a `KeyValue` or `Flag` token as typed (a flag's `no` included). */
export function itemKeyText(token: IToken): string {
  const image = token.image;
  const eq = image.indexOf('=');
  if (eq >= 0) return image.slice(0, eq);
  return image.charCodeAt(image.length - 1) === COMMA ? image.slice(0, -1) : image;
}
