import type { IToken } from 'chevrotain';
import { QemuOptsParser } from '../../grammar/qemu-opts/parser.js';
import { tokenizeQemuOpts } from '../../grammar/qemu-opts/lexer.js';

/**
 * Runs the QemuOpts grammar on one string and returns its item tokens. One parser serves
 * every call; it is built on first use so that merely importing the library costs nothing.
 *
 * @module
 */

let parser: QemuOptsParser | undefined;

/**
 * The item tokens of `text`, with or without the implied-first-item rule (spec 1.2-1.4).
 * LIMITATION(#2): chevrotain's fixed cost per `tokenize` and per rule call makes a short
 * string (`exit-with-parent=on`) read at about 0.15-0.2 of a hand scanner's speed, below the
 * 0.3 target; longer strings meet it (`npm run bench`).
 */
export function readQemuOptsItems(text: string, implied: boolean): IToken[] {
  parser ??= new QemuOptsParser();
  parser.begin(tokenizeQemuOpts(text, implied).tokens);
  return parser.opts();
}
