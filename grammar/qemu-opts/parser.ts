/**
 * The QemuOpts parser: a sequence of items (spec 1.2; QEMU `util/qemu-option.c`,
 * `opts_do_parse` and `get_opt_name_value`). The lexer already cut the text into items,
 * so the parser's job is to read each one; it builds {@link QemuOptsItem}s directly in
 * embedded actions (no CST), because a CST plus a walk cost more than the whole parse.
 * One instance is reused for every string.
 *
 * @module
 */
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { EmptyItem, Flag, ImpliedEmpty, ImpliedValue, Item, qemuOptsTokens } from './tokens.js';

/** How an item was written. */
export type QemuOptsItemKind = 'pair' | 'flag' | 'implied';

/** One item of a QemuOpts string, with its text already split and unescaped. */
export interface QemuOptsItem {
  /** `pair` (`key=value`), `flag` (no `=`) or `implied` (first item, implied key). */
  kind: QemuOptsItemKind;
  /** Offset of the item's first character. */
  start: number;
  /** Offset just past the item (its closing comma is not part of it). */
  end: number;
  /** The key as typed for a pair; for a flag, the key after `no` removal; `''` if implied. */
  key: string;
  /** The value after `,,` unescaping; for a flag, `on` or `off`. */
  value: string;
  /** For a pair, offset of the first value character (just past `=`); else `start`. */
  valueStart: number;
  /** For a flag: written with the `no` prefix (spec 1.5). */
  negated: boolean;
  /** For a flag: spelled exactly `help` or `?`, a help request (spec 1.6). */
  help: boolean;
  /** The token, with line and column (its image includes the closing comma, if any). */
  token: IToken;
}

/** The length of `image` without its closing comma: odd trailing commas end in one. */
function itemLength(image: string): number {
  let commas = 0;
  for (let i = image.length - 1; i >= 0 && image.charCodeAt(i) === 44; i--) commas++;
  return commas & 1 ? image.length - 1 : image.length;
}

/** `,,` → `,` (spec 1.3). */
function unescape(raw: string): string {
  return raw.indexOf(',,') < 0 ? raw : raw.replaceAll(',,', ',');
}

/** Reads `key=value`: splits at the first `=`, undoes `,,`. */
function pairItem(token: IToken): QemuOptsItem {
  const image = token.image;
  const start = token.startOffset;
  const eq = image.indexOf('=');
  const length = itemLength(image);
  return {
    kind: 'pair', start, end: start + length, key: image.slice(0, eq),
    value: unescape(image.slice(eq + 1, length)), valueStart: start + eq + 1,
    negated: false, help: false, token,
  };
}

/** Reads a flag: the `no` prefix means `off`; `help` and `?` ask for help (spec 1.5). */
function flagItem(token: IToken): QemuOptsItem {
  const image = token.image;
  const start = token.startOffset;
  const text = image.charCodeAt(image.length - 1) === 44 ? image.slice(0, -1) : image;
  const negated = text.startsWith('no');
  const key = negated ? text.slice(2) : text;
  return {
    kind: 'flag', start, end: start + text.length, key, value: negated ? 'off' : 'on',
    valueStart: start, negated, help: !negated && (key === 'help' || key === '?'), token,
  };
}

/** Reads an empty item, which ends at once with its comma: a flag `""` = `on`. */
function emptyItem(token: IToken): QemuOptsItem {
  const start = token.startOffset;
  return { kind: 'flag', start, end: start, key: '', value: 'on', valueStart: start,
    negated: false, help: false, token };
}

/** Reads an implied first value (spec 1.4), escapes and all; `ImpliedEmpty` gives `''`. */
function impliedItem(token: IToken): QemuOptsItem {
  const image = token.image;
  const start = token.startOffset;
  const length = token.tokenType === ImpliedEmpty ? 0 : itemLength(image);
  return { kind: 'implied', start, end: start + length, key: '',
    value: unescape(image.slice(0, length)), valueStart: start, negated: false, help: false,
    token };
}

/** Reads the item `token` stands for. */
function readItem(token: IToken): QemuOptsItem {
  switch (token.tokenType) {
    case Flag:
      return flagItem(token);
    case EmptyItem:
      return emptyItem(token);
    case ImpliedValue:
    case ImpliedEmpty:
      return impliedItem(token);
    default:
      return pairItem(token);
  }
}

/**
 * The parser. Call `begin(tokens)`, then `opts()`, which returns the items. Bad input
 * cannot make it fail: every token sequence the lexer produces is valid.
 */
export class QemuOptsParser extends EmbeddedActionsParser {
  /** Items read so far in the current parse. */
  private items: QemuOptsItem[] = [];

  /**
   * `opts := item*`. Each item is one token (see `tokens.ts`) of the `Item` category; one
   * `CONSUME` of the category and a switch on the token type cost less than an `OR`.
   */
  readonly opts = this.RULE('opts', (): QemuOptsItem[] => {
    this.MANY(() => {
      const token = this.CONSUME(Item);
      if (!this.RECORDING_PHASE) this.items.push(readItem(token));
    });
    return this.items;
  });

  /** `validate` runs chevrotain's grammar checks (tests do; the product skips them). */
  constructor(validate = false) {
    super(qemuOptsTokens, { recoveryEnabled: false, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /** Starts a parse of `tokens`. */
  begin(tokens: IToken[]): void {
    this.input = tokens;
    this.items = [];
  }
}
