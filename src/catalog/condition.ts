import type { HostProfile } from './hosts.js';

/**
 * Build conditions: the C preprocessor expressions that make options exist only on some
 * builds, in the form the catalog stores them (`CONFIG_POSIX && !EMSCRIPTEN`), parsed and
 * evaluated three-valued against a host profile.
 *
 * @module
 */

/** A parsed condition. */
export type ConditionNode =
  | { kind: 'macro'; name: string }
  | { kind: 'not'; operand: ConditionNode }
  | { kind: 'and' | 'or'; left: ConditionNode; right: ConditionNode }
  | { kind: 'const'; value: boolean };

/** The result of evaluating a condition: `unknown` when it turns on an unknown macro. */
export type Truth = true | false | 'unknown';

/** A condition that could not be parsed, with the offset where reading stopped. */
export interface ConditionError {
  /** What is wrong. */
  message: string;
  /** Offset in the condition text. */
  offset: number;
}

const TOKEN = /\s*(\|\||&&|!|\(|\)|defined\b|[A-Za-z_][A-Za-z0-9_]*|[01]\b)/y;

/**
 * Parses a condition. Accepts both the catalog form (`A && !B`) and C's
 * (`defined(A) && !defined(B)`), so that `#if` lines can be read directly.
 */
export function parseCondition(text: string): ConditionNode | ConditionError {
  const tokens: { text: string; offset: number }[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) {
      if (/^\s*$/.test(text.slice(at))) break;
      return { message: `unexpected '${text.slice(at).trim()[0]}'`, offset: at };
    }
    tokens.push({ text: m[1], offset: m.index + m[0].length - m[1].length });
    at = TOKEN.lastIndex;
  }
  let pos = 0;
  const peek = () => tokens[pos]?.text;
  const fail = (what: string): ConditionError => ({
    message: `expected ${what}`,
    offset: tokens[pos]?.offset ?? text.length,
  });

  function primary(): ConditionNode | ConditionError {
    const t = peek();
    if (t === '!') {
      pos++;
      const operand = primary();
      return 'message' in operand ? operand : { kind: 'not', operand };
    }
    if (t === '(') {
      pos++;
      const inner = or();
      if ('message' in inner) return inner;
      if (peek() !== ')') return fail("')'");
      pos++;
      return inner;
    }
    if (t === 'defined') {
      pos++;
      const paren = peek() === '(';
      if (paren) pos++;
      const name = peek();
      if (name === undefined || !/^[A-Za-z_]/.test(name)) return fail('a macro name');
      pos++;
      if (paren) {
        if (peek() !== ')') return fail("')'");
        pos++;
      }
      return { kind: 'macro', name };
    }
    if (t === '0' || t === '1') {
      pos++;
      return { kind: 'const', value: t === '1' };
    }
    if (t !== undefined && /^[A-Za-z_]/.test(t)) {
      pos++;
      return { kind: 'macro', name: t };
    }
    return fail('a macro name');
  }

  function binary(op: '&&' | '||', next: () => ConditionNode | ConditionError) {
    return (): ConditionNode | ConditionError => {
      let left = next();
      while (!('message' in left) && peek() === op) {
        pos++;
        const right = next();
        if ('message' in right) return right;
        left = { kind: op === '&&' ? 'and' : 'or', left, right };
      }
      return left;
    };
  }
  const and = binary('&&', primary);
  const or = binary('||', and);

  const node = or();
  if ('message' in node) return node;
  if (pos < tokens.length) return fail('end of condition');
  return node;
}

/** Says whether a macro is defined: true, false, or unknown. */
export type MacroLookup = (name: string) => Truth;

/** A lookup from a host profile: its macros defined, other hosts' undefined, rest unknown. */
export function hostLookup(profile: HostProfile): MacroLookup {
  return (name) =>
    profile.defined.has(name) ? true : profile.undefined.has(name) ? false : 'unknown';
}

/**
 * A lookup for the host's build with every optional feature: the host profile's macros as
 * it says, and every macro it does not know (`CONFIG_GTK`, `CONFIG_SLIRP`) defined. Every
 * condition then has a value, so exactly one branch of each `#if`/`#elif`/`#else` holds.
 */
export function allFeaturesLookup(profile: HostProfile): MacroLookup {
  return (name) => (profile.undefined.has(name) ? false : true);
}

/** A lookup for a fully known build: the given macros defined, every other one not. */
export function buildLookup(defined: ReadonlySet<string>): MacroLookup {
  return (name) => defined.has(name);
}

/** Evaluates a parsed condition three-valued (Kleene logic). */
export function evaluateCondition(node: ConditionNode, lookup: MacroLookup): Truth {
  switch (node.kind) {
    case 'const':
      return node.value;
    case 'macro':
      return lookup(node.name);
    case 'not': {
      const v = evaluateCondition(node.operand, lookup);
      return v === 'unknown' ? v : !v;
    }
    case 'and': {
      const l = evaluateCondition(node.left, lookup);
      const r = evaluateCondition(node.right, lookup);
      if (l === false || r === false) return false;
      return l === true && r === true ? true : 'unknown';
    }
    case 'or': {
      const l = evaluateCondition(node.left, lookup);
      const r = evaluateCondition(node.right, lookup);
      if (l === true || r === true) return true;
      return l === false && r === false ? false : 'unknown';
    }
  }
}

/** Writes a condition back in catalog form, with parentheses only where needed. */
export function formatCondition(node: ConditionNode): string {
  const prec = (n: ConditionNode) => (n.kind === 'or' ? 1 : n.kind === 'and' ? 2 : 3);
  const wrap = (n: ConditionNode, min: number) =>
    prec(n) < min ? `(${formatCondition(n)})` : formatCondition(n);
  switch (node.kind) {
    case 'const':
      return node.value ? '1' : '0';
    case 'macro':
      return node.name;
    case 'not':
      return `!${wrap(node.operand, 3)}`;
    case 'and':
      return `${wrap(node.left, 2)} && ${wrap(node.right, 2)}`;
    case 'or':
      return `${wrap(node.left, 1)} || ${wrap(node.right, 1)}`;
  }
}
