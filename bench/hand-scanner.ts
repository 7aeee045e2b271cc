import type { OptsEntry } from '../src/model/qemu-opts-result.js';

/**
 * The baseline for `npm run bench`: a minimal hand-written QemuOpts scanner doing the
 * same job as the grammar for strings without implied key, `id` or help: entries in the
 * model's shape (`OptsEntry`: key, unescaped value, spans), read in one pass over the
 * characters the way QEMU's `get_opt_name_value` reads a string. No diagnostics.
 *
 * @module
 */

const COMMA = 44;
const EQUALS = 61;

/** Scans `text` into entries (spec 1.2-1.3, `no` prefix of 1.5). */
export function scanQemuOpts(text: string): OptsEntry[] {
  const entries: OptsEntry[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const start = at;
    let ch = text.charCodeAt(at);
    while (at < length && ch !== EQUALS && ch !== COMMA) ch = text.charCodeAt(++at);
    if (at < length && ch === EQUALS) {
      const keySpan = { start, end: at };
      const valueStart = ++at;
      let value = '';
      let piece = at;
      while (at < length) {
        if (text.charCodeAt(at) === COMMA) {
          if (text.charCodeAt(at + 1) !== COMMA) break;
          value += text.slice(piece, at + 1);
          at += 2;
          piece = at;
        } else {
          at++;
        }
      }
      value += text.slice(piece, at);
      entries.push({ key: text.slice(start, keySpan.end), value, form: 'pair', keySpan,
        valueSpan: { start: valueStart, end: at }, itemSpan: { start, end: at } });
    } else {
      const typed = text.slice(start, at);
      const negated = typed.startsWith('no');
      const itemSpan = { start, end: at };
      entries.push({ key: negated ? typed.slice(2) : typed, value: negated ? 'off' : 'on',
        form: 'flag', negated, keySpan: itemSpan, itemSpan });
    }
    at++;
  }
  return entries;
}
