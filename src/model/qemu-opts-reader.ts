import type { QemuOptsItem } from '../../grammar/qemu-opts/parser.js';
import { QemuOptsParser } from '../../grammar/qemu-opts/parser.js';
import { tokenizeQemuOpts } from '../../grammar/qemu-opts/lexer.js';

/**
 * Runs the QemuOpts grammar on one string and returns its items. One parser serves every
 * call; it is built on first use so that merely importing the library costs nothing.
 *
 * @module
 */

let parser: QemuOptsParser | undefined;

/** The items of `text`, read with or without the implied-first-item rule (spec 1.2-1.4). */
export function readQemuOptsItems(text: string, implied: boolean): QemuOptsItem[] {
  parser ??= new QemuOptsParser();
  const lexed = tokenizeQemuOpts(text, implied);
  parser.begin(lexed.tokens);
  return parser.opts();
}
