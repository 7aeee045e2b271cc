/**
 * Small helpers for reading C source text: comments removed (line structure kept), string
 * literals, and `#define NAME "literal"` macros.
 *
 * @module
 */

/** `text` with every comment replaced by spaces (newlines kept), strings left alone. */
export function stripComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = skipLiteral(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      out += ' '.repeat(end - i);
      i = end - 1;
    } else {
      out += c;
    }
  }
  return out;
}

/** Offset just past the string or character literal that starts at `at`. */
export function skipLiteral(text: string, at: number): number {
  const quote = text[at];
  let i = at + 1;
  while (i < text.length && text[i] !== quote && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The value of a C string literal's body (between the quotes). */
export function unescapeC(body: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', "'": "'" };
  return body.replace(/\\(.)/g, (_, c: string) => simple[c] ?? c);
}

/** `#define NAME "a" "b"` macros of a (comment-free) text, by name. */
export function stringDefines(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+((?:"(?:[^"\\\n]|\\.)*"[ \t]*)+)$/gm;
  for (const m of text.matchAll(re)) {
    const parts = [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((p) => unescapeC(p[1]));
    out.set(m[1], parts.join(''));
  }
  return out;
}
