/**
 * Tokens of the QemuOpts syntax (spec sections 1.2-1.4; QEMU `util/qemu-option.c`,
 * `get_opt_name_value`). Every token is one whole item together with the `,` that ends it
 * (spec 1.2 step 4), so a `key=value` item costs one token match: the key travels with its
 * `=`, its whole value (`,,` escapes included) and its separator. A value's own commas
 * always come in `,,` pairs, so an odd number of trailing commas in a token means its last
 * comma is the separator.
 *
 * Two lexer modes:
 * - `item`: every item after the first, and the first when no implied key applies;
 * - `first`: the first item when the caller permits an implied key (spec 1.4). Every token
 *   of this mode pushes `item`, so the mode is left after one item.
 *
 * @module
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

/** The category every item token belongs to; the parser consumes items through it. */
export const Item = createToken({ name: 'Item', pattern: Lexer.NA });

/** A value: up to the first `,` not followed by another `,` (spec 1.3, pairs from the left). */
const VALUE = '[^,]*(?:,,[^,]*)*';

/**
 * `key=value[,]`: a run of characters other than `=` and `,` (possibly empty), `=`, a value.
 * QEMU: the `params[len] == '='` branch of `get_opt_name_value`.
 */
export const KeyValue = createToken({
  name: 'KeyValue',
  pattern: new RegExp(`[^=,]*=${VALUE},?`),
  categories: [Item],
});

/**
 * `key[,]` without `=`: a short-form boolean, `no` prefix or help request (spec 1.5, 1.6).
 * Tried after `KeyValue`, so the run it matches is never followed by `=`.
 */
export const Flag = createToken({
  name: 'Flag',
  pattern: /[^=,]+,?/,
  categories: [Item],
});

/** A `,` where an item starts: an item with an empty key (`a,,b=c` without implied key). */
export const EmptyItem = createToken({ name: 'EmptyItem', pattern: /,/, categories: [Item] });

/** `KeyValue` as the first item of an implied-key list: the implied key is not used. */
export const FirstKeyValue = createToken({
  name: 'FirstKeyValue',
  pattern: new RegExp(`[^=,]*=${VALUE},?`),
  categories: [KeyValue, Item],
  push_mode: 'item',
});

/**
 * The value of a first item without `=` before its first `,`, read from the item's first
 * character with `,,` escapes (spec 1.4: implied key `k`, `a,,b=c` gives `k` = `a,b=c`).
 * Tried after `FirstKeyValue`, so it only matches where that failed.
 */
export const ImpliedValue = createToken({
  name: 'ImpliedValue',
  pattern: new RegExp(`(?:[^,]|,,)${VALUE},?`),
  categories: [Item],
  push_mode: 'item',
});

/** A `,` right at the start of an implied-key list: the implied value is empty. */
export const ImpliedEmpty = createToken({
  name: 'ImpliedEmpty',
  pattern: /,/,
  categories: [Item],
  push_mode: 'item',
});

/** The lexer mode for every item but an implied-key first one. */
export const ITEM_MODE = 'item';
/** The lexer mode for the first item of an implied-key list. */
export const FIRST_MODE = 'first';

/** The lexer definition: token order matters (the first match wins, not the longest). */
export const qemuOptsLexerDefinition: { modes: Record<string, TokenType[]>; defaultMode: string } =
  {
    modes: {
      [ITEM_MODE]: [KeyValue, Flag, EmptyItem],
      [FIRST_MODE]: [FirstKeyValue, ImpliedValue, ImpliedEmpty],
    },
    defaultMode: ITEM_MODE,
  };

/** Every token type, for the parser. */
export const qemuOptsTokens: TokenType[] = [
  Item,
  KeyValue,
  Flag,
  EmptyItem,
  FirstKeyValue,
  ImpliedValue,
  ImpliedEmpty,
];
