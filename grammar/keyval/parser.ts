/**
 * The keyval parser: `key-vals := key-val*` over item tokens (QEMU `keyval.c`, the loop in
 * `keyval_parse_into` around `keyval_parse_one`). Like the QemuOpts parser it hands back
 * the item tokens in order; the key paths and the tree are built by the model.
 *
 * @module
 */
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { Item, qemuOptsTokens } from '../qemu-opts/tokens.js';

/** The parser. Call `begin(tokens)`, then `keyVals()`. Every token sequence is valid. */
export class KeyvalParser extends EmbeddedActionsParser {
  /** Item tokens read so far. */
  private items: IToken[] = [];

  /** `key-vals := key-val*`; a key-val is one item token (`KeyValue`, `Flag`, `EmptyItem`). */
  readonly keyVals = this.RULE('keyVals', (): IToken[] => {
    this.MANY(() => {
      const token = this.CONSUME(Item);
      if (!this.RECORDING_PHASE) this.items.push(token);
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
