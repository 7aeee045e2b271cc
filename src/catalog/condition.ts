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

/** How deep `!` and `(` may nest in a condition that {@link parseCondition} reads. */
const MAX_CONDITION_DEPTH = 200;

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

  // `!` and `(` recurse: bounded, so that a deep condition is an error, not a stack overflow.
  let depth = 0;
  function nested(read: () => ConditionNode | ConditionError): ConditionNode | ConditionError {
    if (++depth > MAX_CONDITION_DEPTH) {
      return { message: `condition nested more than ${MAX_CONDITION_DEPTH} levels deep`,
        offset: tokens[pos]?.offset ?? text.length };
    }
    const node = read();
    depth--;
    return node;
  }

  function primary(): ConditionNode | ConditionError {
    const t = peek();
    if (t === '!') {
      pos++;
      const operand = nested(primary);
      return 'message' in operand ? operand : { kind: 'not', operand };
    }
    if (t === '(') {
      pos++;
      const inner = nested(or);
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

/** A node to visit, or an operator to apply to the values of its operands. */
type Step = { visit: ConditionNode } | { apply: ConditionNode };

/**
 * Walks `root` operands first, left to right, without recursion (nested `#if` groups make
 * conditions thousands of levels deep): `leaf` gives the result of a leaf, `combine` that
 * of an operator from its operands' results.
 */
function foldCondition<T>(root: ConditionNode, leaf: (n: ConditionNode) => T,
    combine: (n: ConditionNode, operands: T[]) => T): T {
  const results: T[] = [];
  const steps: Step[] = [{ visit: root }];
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('apply' in step) {
      const n = step.apply;
      const count = n.kind === 'not' ? 1 : 2;
      results.push(combine(n, results.splice(results.length - count, count)));
      continue;
    }
    const n = step.visit;
    if (n.kind === 'const' || n.kind === 'macro') results.push(leaf(n));
    else if (n.kind === 'not') steps.push({ apply: n }, { visit: n.operand });
    else steps.push({ apply: n }, { visit: n.right }, { visit: n.left });
  }
  return results[0];
}

/** Evaluates a parsed condition three-valued (Kleene logic). */
export function evaluateCondition(node: ConditionNode, lookup: MacroLookup): Truth {
  return foldCondition<Truth>(node,
    (n) => (n.kind === 'const' ? n.value : n.kind === 'macro' ? lookup(n.name) : false),
    (n, [l, r]) => {
      if (n.kind === 'not') return l === 'unknown' ? l : !l;
      if (n.kind === 'and') {
        if (l === false || r === false) return false;
        return l === true && r === true ? true : 'unknown';
      }
      if (l === true || r === true) return true;
      return l === false && r === false ? false : 'unknown';
    });
}

/** Precedence of a node's operator: `||` 1, `&&` 2, others 3. */
const precedence = (n: ConditionNode) => (n.kind === 'or' ? 1 : n.kind === 'and' ? 2 : 3);

/** Writes a condition back in catalog form, with parentheses only where needed. */
export function formatCondition(node: ConditionNode): string {
  type Written = { text: string; prec: number };
  const wrap = (w: Written, min: number) => (w.prec < min ? `(${w.text})` : w.text);
  return foldCondition<Written>(node,
    (n) => ({ text: n.kind === 'const' ? (n.value ? '1' : '0') : n.kind === 'macro' ? n.name
      : '', prec: 3 }),
    (n, [l, r]) => {
      const prec = precedence(n);
      if (n.kind === 'not') return { text: `!${wrap(l, 3)}`, prec };
      const op = n.kind === 'and' ? '&&' : '||';
      return { text: `${wrap(l, prec)} ${op} ${wrap(r, prec)}`, prec };
    }).text;
}
