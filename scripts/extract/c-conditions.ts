import { formatCondition, parseCondition } from '../../src/catalog/condition.js';

/**
 * Tracks C preprocessor conditionals (`#if`, `#ifdef`, `#ifndef`, `#elif`, `#else`, `#endif`)
 * through a file and tells, for every line, the conditions it sits under, outermost first.
 *
 * @module
 */

/** One open `#if` group: the tests of its branches so far, and the current branch's condition. */
interface Frame {
  tests: string[];
  current: string;
}

/**
 * Stands for a condition that is not a plain macro expression (`LIBCURL_VERSION_NUM >= …`).
 * Readers that meet it around something they extract must fail rather than guess.
 */
export const UNREADABLE = 'UNREADABLE_CONDITION';

/** A condition in catalog form (`A && !B`), from C text (`defined(A) && !defined(B)`). */
export function normalise(c: string): string {
  const node = parseCondition(c.trim());
  return 'message' in node ? UNREADABLE : formatCondition(node);
}

const group = (c: string) => (/^[\w!]+$/.test(c) ? c : `(${c})`);
const not = (c: string) => normalise(`!${group(c)}`);

/** The condition of a branch taken after `earlier` ones failed. */
function after(earlier: string[], own?: string): string {
  const parts = earlier.map(not);
  if (own !== undefined) parts.push(own);
  return normalise(parts.map(group).join(' && '));
}

/** For each line (0-based) of `text`, the conditions around it, outermost first. */
export function lineConditions(text: string): string[][] {
  const stack: Frame[] = [];
  const out: string[][] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    while (/^\s*#/.test(line) && line.endsWith('\\') && n + 1 < lines.length) {
      out.push(stack.map((f) => f.current));
      line = line.slice(0, -1) + ' ' + lines[++n];
    }
    const m = /^\s*#\s*(ifdef|ifndef|if|elif|else|endif)\b(.*)$/.exec(line);
    if (m) {
      const [, directive, rest] = m;
      const arg = rest.trim();
      const top = stack[stack.length - 1];
      if (directive === 'ifdef' || directive === 'if') {
        const c = normalise(arg);
        stack.push({ tests: [c], current: c });
      } else if (directive === 'ifndef') {
        const c = not(arg);
        stack.push({ tests: [c], current: c });
      } else if (directive === 'elif' && top) {
        top.current = after(top.tests, normalise(arg));
        top.tests.push(normalise(arg));
      } else if (directive === 'else' && top) {
        top.current = after(top.tests);
      } else if (directive === 'endif') stack.pop();
    }
    out.push(stack.map((f) => f.current));
  }
  return out;
}

/** The conjunction of `conditions`, or undefined when there are none. */
export function conjunction(conditions: string[]): string | undefined {
  if (conditions.length === 0) return undefined;
  if (conditions.some((c) => c.includes(UNREADABLE))) {
    throw new Error(`a condition around an extracted item cannot be read`);
  }
  return normalise(conditions.map(group).join(' && '));
}
