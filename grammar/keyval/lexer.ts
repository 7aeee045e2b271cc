/**
 * The keyval lexer (spec section 3; QEMU `util/keyval.c`). keyval cuts a string into items
 * exactly as QemuOpts does outside its implied first item (`key=value` with `,,` escapes,
 * items without `=`, empty items), so it shares the QemuOpts item tokens; what differs is
 * what an item may say, which `key.ts` and the model check.
 *
 * @module
 */
import type { ILexingResult } from 'chevrotain';
import { tokenizeQemuOpts } from '../qemu-opts/lexer.js';

/**
 * Tokenises one keyval string into item tokens: `KeyValue`, `Flag` (an item without `=`:
 * a help request, the implied value, or an error) and `EmptyItem`. An implied value stops
 * at the first `,` (no `,,` escape), so it is always a `Flag` token.
 */
export function tokenizeKeyval(text: string): ILexingResult {
  return tokenizeQemuOpts(text, false);
}
