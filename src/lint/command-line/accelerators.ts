import { checkAccelerators, type AccelUse } from '../../validator/accelerators.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { BUILTIN_BUILD_FACTS } from '../../catalog/builtin-build-facts.js';
import type { OptsEntry } from '../../model/qemu-opts-result.js';

/**
 * `-accel`: QEMU tries each clean `-accel` in turn once every option is read, falling back
 * to the next (accelerators.ts has the names per host and release). Without `-accel`, the
 * names of `-machine accel=A:B` are tried the same way; with both, QEMU stops
 * (`configure_accelerators` in `vl.c`, 7.2 to 10.2).
 *
 * @module
 */

/** The rule. */
export const accelerators: CommandLineRule = ({ uses, ctx, machine, facts: all }) => {
  // The built-in facts are a Linux binary's: for another host its accelerators say nothing.
  const facts = all === BUILTIN_BUILD_FACTS && ctx.host !== 'linux' ? undefined : all;
  const accels: AccelUse[] = uses.flatMap((use) =>
    use.name === 'accel' && use.parsed && !use.broken && !use.failed
      ? [{ word: use.argument!, entries: use.parsed.entries }] : []);
  const legacy = machine.leaf('accel');
  if (legacy === undefined) return checkAccelerators(accels, ctx, facts);
  if (uses.some((u) => u.name === 'accel')) {
    return [{ word: legacy.word, diagnostic: { code: 'invalid-combination', severity: 'error',
      message: 'The -accel and "-machine accel=" options are incompatible',
      hint: 'keep one of them: -accel NAME (one per accelerator) is the current spelling',
      span: legacy.node.valueSpan } }];
  }
  const span = legacy.node.valueSpan;
  if (legacy.node.value === '') {
    return [{ word: legacy.word, diagnostic: { code: 'invalid-value', severity: 'error',
      message: 'no accelerator found', hint: 'name one: -machine accel=tcg', span } }];
  }
  // qtest is not an accelerator of every build (Debian's 7.2 has none): judged with facts.
  if (facts === undefined && legacy.node.value.split(':').includes('qtest')) return [];
  // `-machine accel=A:B`: each name is tried in turn, like one -accel each.
  const entries = legacy.node.value.split(':').map((name): OptsEntry => ({ key: 'accel',
    value: name, form: 'pair', itemSpan: legacy.node.valueSpan,
    valueSpan: legacy.node.valueSpan }));
  return checkAccelerators(entries.map((e) => ({ word: legacy.word, entries: [e] })), ctx,
    facts);
};
