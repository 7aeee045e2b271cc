/**
 * The QemuOpts parser: a sequence of items (spec 1.2; QEMU `util/qemu-option.c`,
 * `opts_do_parse`). The lexer already cut the text into one token per item, so the
 * grammar is `opts := item*` and the parser hands back the item tokens in order; reading
 * an item (key, unescaped value, `no` prefix, help) is the model's job, directly from the
 * token, without a CST or any object in between. One instance is reused for every string.
 *
 * @module
 */
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { Item, qemuOptsTokens } from './tokens.js';

/**
 * The parser. Call `begin(tokens)`, then `opts()`, which returns the item tokens. Bad
 * input cannot make it fail: every token sequence the lexer produces is a valid `item*`.
 */
export class QemuOptsParser extends EmbeddedActionsParser {
  /** Item tokens read so far in the current parse. */
  private items: IToken[] = [];

  /**
   * `opts := item*`, where an item is any token of the `Item` category: `KeyValue`,
   * `Flag`, `EmptyItem`, or (first item only) `ImpliedValue`, `ImpliedEmpty`. One `CONSUME`
   * of the category costs less than an `OR` over the five token types.
   */
  readonly opts = this.RULE('opts', (): IToken[] => {
    this.MANY(() => {
      const token = this.CONSUME(Item);
      if (!this.RECORDING_PHASE) this.items.push(token);
    });
    return this.items;
  });

  /**
   * `validate` runs chevrotain's grammar checks (tests do; the product skips them). The
   * grammar is LL(1): `maxLookahead: 1` also spares chevrotain padding every input with
   * end-of-input sentinels for a deeper lookahead (and removing them) on each parse.
   */
  constructor(validate = false) {
    super(qemuOptsTokens, { recoveryEnabled: false, skipValidations: !validate, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  /** Starts a parse of `tokens`. */
  begin(tokens: IToken[]): void {
    this.input = tokens;
    this.items = [];
  }
}
