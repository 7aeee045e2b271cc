import type { ParamList } from '../../catalog/types.js';
import { parseQemuOpts } from '../../model/parse-qemu-opts.js';
import type { LintContext } from '../../validator/lint-context.js';
import type { MergedUse } from '../../validator/value-sets.js';
import type { OptionUse } from '../option-use.js';

/**
 * The uses of each merging list (`-action`, `-rtc`, `-icount`, `-m` …) in command-line
 * order, a later one overriding an earlier one: the list's own options, and the options that
 * stand for a use of it, as QEMU makes them.
 *
 * @module
 */

/** The clean uses of each merging list, by list name, in order of first use. */
export type MergedSets = Map<string, { list: ParamList; uses: MergedUse[] }>;

/**
 * Options without an argument that add a fixed string to a merging list, as QEMU does
 * (`-no-shutdown` is `-action shutdown=pause`, `-no-reboot` is `-action reboot=shutdown`).
 */
const IMPLIED_USES: Record<string, { list: string; argument: string }> = {
  'no-shutdown': { list: 'action', argument: 'shutdown=pause' },
  'no-reboot': { list: 'action', argument: 'reboot=shutdown' },
};

/**
 * Options whose whole argument is the value of one key of a merging list, as QEMU does
 * (`-watchdog-action A` is `-action watchdog=A`, commas and all).
 */
const ARGUMENT_USES: Record<string, { list: string; key: string }> = {
  'watchdog-action': { list: 'action', key: 'watchdog' },
};

/** The use of a merging list that an ARGUMENT_USES option's argument `text` makes. */
function argumentUse(key: string, text: string, word: number): MergedUse {
  const span = { start: 0, end: text.length };
  return { word, entries: [{ key, value: text, form: 'pair', valueSpan: span, itemSpan: span }] };
}

/** Adds a clean use of a merging list. */
function addMergedUse(merged: MergedSets, list: ParamList, use: MergedUse): void {
  const set = merged.get(list.name) ?? { list, uses: [] };
  set.uses.push(use);
  merged.set(list.name, set);
}

/** The merging lists' uses of a command line. */
export function mergedUsesOf(uses: readonly OptionUse[], ctx: LintContext): MergedSets {
  const merged: MergedSets = new Map();
  const listNamed = (name: string): ParamList | undefined =>
    Object.hasOwn(ctx.catalog.lists, name) ? ctx.catalog.lists[name] : undefined;
  for (const use of uses) {
    if (!use.usable) continue;
    const implied = IMPLIED_USES[use.name];
    const impliedList = implied && listNamed(implied.list);
    // A fixed, valid argument: it only overrides earlier values, at no word of its own.
    if (impliedList) {
      addMergedUse(merged, impliedList, { word: -1, entries: parseQemuOpts(implied.argument)
        .entries });
    }
    const whole = ARGUMENT_USES[use.name];
    const wholeList = whole && listNamed(whole.list);
    if (wholeList && use.text !== undefined && !use.opaque) {
      addMergedUse(merged, wholeList, argumentUse(whole.key, use.text, use.argument!));
    }
    const option = ctx.option(use.name);
    const list = option && ctx.list(option);
    if (list?.merge && use.parsed && !use.broken) {
      addMergedUse(merged, list, { word: use.argument!, entries: use.parsed.entries });
    }
  }
  return merged;
}
