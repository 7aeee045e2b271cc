import { skipLiteral, unescapeC } from './c-text.js';
import { conjunction, lineConditions } from './c-conditions.js';

/**
 * Reads the `QemuOptsList` declarations of one (comment-free) C file: list name, implied
 * key, merge flag and descriptors, each descriptor with the preprocessor condition it sits
 * under inside the list, and the list with the condition around its declaration.
 *
 * @module
 */

/** One `QemuOptDesc` as written in the source. */
export interface RawDesc {
  name: string;
  type: 'string' | 'bool' | 'number' | 'size';
  hasHelp: boolean;
  default?: string;
  condition?: string;
}

/** One `QemuOptsList` as written in the source. */
export interface RawList {
  variable: string;
  file: string;
  name: string;
  impliedKey?: string;
  merge: boolean;
  condition?: string;
  descs: RawDesc[];
}

interface Token {
  text: string;
  line: number;
}

const TYPES: Record<string, RawDesc['type']> = {
  QEMU_OPT_STRING: 'string',
  QEMU_OPT_BOOL: 'bool',
  QEMU_OPT_NUMBER: 'number',
  QEMU_OPT_SIZE: 'size',
};

/** Tokens of `text` from `start` to the brace that closes the one at `start`. */
function tokens(text: string, start: number): Token[] {
  const out: Token[] = [];
  let line = text.slice(0, start).split('\n').length - 1;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '#' && /(^|\n)[ \t]*$/.test(text.slice(Math.max(0, i - 80), i))) {
      while (i < text.length && text[i] !== '\n') i++;
      i--;
    } else if (c === '"') {
      const end = skipLiteral(text, i);
      out.push({ text: text.slice(i, end), line });
      i = end - 1;
    } else if (/[A-Za-z0-9_]/.test(c)) {
      const m = /[A-Za-z0-9_]+/y;
      m.lastIndex = i;
      const word = m.exec(text)![0];
      out.push({ text: word, line });
      i += word.length - 1;
    } else if (!/\s/.test(c)) {
      out.push({ text: c, line });
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) return out;
    }
  }
  return out;
}

/** The string value of a run of literals and macros, resolved through `defines`. */
function stringValue(run: Token[], defines: Map<string, string>, where: string): string {
  return run
    .map((t) => {
      if (t.text.startsWith('"')) return unescapeC(t.text.slice(1, -1));
      const v = defines.get(t.text);
      if (v === undefined) throw new Error(`${where}: unknown macro ${t.text}`);
      return v;
    })
    .join('');
}

/** Designated fields `.x = value` at the top of the braced group `toks[0..]`. */
function fields(toks: Token[]): Map<string, { value: Token[]; line: number }> {
  const out = new Map<string, { value: Token[]; line: number }>();
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].text;
    if (t === '{') depth++;
    else if (t === '}') depth--;
    else if (depth === 1 && t === '.' && toks[i + 2]?.text === '=') {
      const name = toks[i + 1].text;
      let j = i + 3;
      let d = 0;
      const value: Token[] = [];
      for (; j < toks.length; j++) {
        const v = toks[j].text;
        if (d === 0 && (v === ',' || (v === '}' && depth === 1))) break;
        if (v === '{') d++;
        if (v === '}') d--;
        value.push(toks[j]);
      }
      out.set(name, { value, line: toks[i].line });
      i = j - 1;
    }
  }
  return out;
}

/** The braced groups directly inside a `{ … }` value. */
function groups(value: Token[]): Token[][] {
  const out: Token[][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i].text === '{' && ++depth === 2) start = i;
    if (value[i].text === '}' && depth-- === 2) out.push(value.slice(start, i + 1));
  }
  return out;
}

/** Identifiers directly inside a `{ … }` value (not inside a descriptor's braces). */
function macroTokens(value: Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const t of value) {
    if (t.text === '{') depth++;
    else if (t.text === '}') depth--;
    else if (depth === 1 && /^[A-Za-z_]\w*$/.test(t.text)) out.push(t);
  }
  return out;
}

/** The `QemuOptsList` declarations of `text` (comments already removed). */
export function readOptsLists(
  text: string,
  file: string,
  defines: Map<string, string>,
  descMacros: ReadonlyMap<string, readonly RawDesc[]> = new Map(),
): RawList[] {
  const conditions = lineConditions(text);
  const out: RawList[] = [];
  const decl = /^(?:static\s+)?QemuOptsList\s+(\w+)\s*=\s*\{/gm;
  for (const m of text.matchAll(decl)) {
    const open = m.index + m[0].length - 1;
    const toks = tokens(text, open);
    const declLine = toks[0].line;
    const outer = conditions[declLine];
    const f = fields(toks);
    const where = `${file}: ${m[1]}`;
    const str = (k: string) => {
      const v = f.get(k);
      return v && v.value.length > 0 ? stringValue(v.value, defines, where) : undefined;
    };
    const descs: RawDesc[] = [];
    const descValue = f.get('desc')?.value ?? [];
    for (const g of groups(descValue)) {
      const d = fields(g);
      const name = d.get('name');
      if (!name) continue; // the end-of-list marker
      const type = TYPES[d.get('type')?.value[0]?.text ?? ''];
      if (!type) throw new Error(`${where}: descriptor without a known type`);
      const inner = conditions[g[0].line].slice(outer.length);
      const def = d.get('def_value_str');
      descs.push({
        name: stringValue(name.value, defines, where),
        type,
        hasHelp: d.has('help'),
        ...(def ? { default: stringValue(def.value, defines, where) } : {}),
        ...(inner.length > 0 ? { condition: conjunction(inner) } : {}),
        at: g[0].line,
      } as RawDesc & { at: number });
    }
    // Descriptor macros (`THROTTLE_OPTS,`) between the braced descriptors.
    for (const t of macroTokens(descValue)) {
      const expansion = descMacros.get(t.text);
      if (!expansion) throw new Error(`${where}: unknown descriptor macro ${t.text}`);
      const inner = conditions[t.line].slice(outer.length);
      const condition = inner.length > 0 ? { condition: conjunction(inner) } : {};
      descs.push(...expansion.map((d) => ({ ...d, ...condition, at: t.line })));
    }
    descs.sort((a, b) => (a as RawDesc & { at: number }).at - (b as RawDesc & { at: number }).at);
    for (const d of descs) delete (d as Partial<RawDesc & { at: number }>).at;
    const list: RawList = {
      variable: m[1],
      file,
      name: str('name') ?? '',
      merge: f.get('merge_lists')?.value[0]?.text === 'true',
      descs,
    };
    const implied = str('implied_opt_name');
    if (implied !== undefined) list.impliedKey = implied;
    const condition = conjunction(outer);
    if (condition !== undefined) list.condition = condition;
    out.push(list);
  }
  return out;
}
