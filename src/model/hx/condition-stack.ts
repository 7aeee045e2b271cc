/**
 * The stack of open `#if` groups while walking an `.hx` file, giving the condition under
 * which each item is compiled. `#elif X` after `#if A` gives `!A && X`; `#else` gives the
 * negation of every earlier branch of its group.
 *
 * @module
 */
import type { ConditionNode } from '../../catalog/condition.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import type { HxDirective, HxProblem } from './hx-document.js';

interface Group {
  /** The condition of the branch being read. */
  branch: ConditionNode;
  /** The OR of every branch condition seen so far in this group. */
  seen: ConditionNode;
  /** Where the group's `#if` is. */
  start: Position;
  /** Whether `#else` was seen. */
  hadElse: boolean;
}

const not = (operand: ConditionNode): ConditionNode => ({ kind: 'not', operand });

/** Open `#if` groups; feed it every directive in file order. */
export class ConditionStack {
  private readonly groups: Group[] = [];

  /** Problems found so far (`#endif` without `#if`, `#else` twice …). */
  readonly problems: HxProblem[] = [];

  /** How many groups are open. */
  get depth(): number {
    return this.groups.length;
  }

  /** Applies one directive. */
  apply(d: HxDirective): void {
    const top = this.groups[this.groups.length - 1];
    switch (d.name) {
      case 'if':
      case 'ifdef':
      case 'ifndef': {
        const c = d.condition ?? { kind: 'const', value: false };
        this.groups.push({ branch: c, seen: c, start: d.start, hadElse: false });
        return;
      }
      case 'elif':
      case 'else': {
        if (!top) return this.report(d, `#${d.name} without #if`);
        if (top.hadElse) return this.report(d, `#${d.name} after #else`);
        const c: ConditionNode = d.condition ?? { kind: 'const', value: true };
        top.branch =
          d.name === 'else' ? not(top.seen) : { kind: 'and', left: not(top.seen), right: c };
        top.seen = { kind: 'or', left: top.seen, right: c };
        top.hadElse = d.name === 'else';
        return;
      }
      case 'endif':
        if (!top) return this.report(d, '#endif without #if');
        this.groups.pop();
        return;
      case 'other':
        return;
    }
  }

  /** The AND of the branch conditions of groups from `from` (a depth) up; undefined if none. */
  conditionFrom(from = 0): ConditionNode | undefined {
    const parts = this.groups.slice(from).map((g) => g.branch);
    if (parts.length === 0) return undefined;
    return parts.reduce((left, right) => ({ kind: 'and', left, right }));
  }

  /** Reports every group still open at the end of the file. */
  finish(end: Position): void {
    for (const g of this.groups) {
      this.problems.push({
        code: 'hx-unbalanced-if',
        message: '#if without #endif',
        start: g.start,
        end,
      });
    }
  }

  private report(d: HxDirective, message: string): void {
    const end = { ...d.start, column: d.start.column + 1, offset: d.start.offset + 1 };
    this.problems.push({ code: 'hx-unbalanced-if', message, start: d.start, end });
  }
}
