import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, type OptionUse } from '../option-use.js';
import { IMPLICIT_CHARDEV, unresolved } from './references.js';

/**
 * The chardevs that a `mux` chardev (its base) and a `hub` chardev (`chardevs.0` … up to the
 * first gap, 10.0 on) are built on: QEMU creates chardevs in command-line order and looks
 * them up when it creates the mux or hub (`char-mux.c`, `char-hub.c`, 7.2 to 10.2), so only
 * a chardev given earlier counts: a forward reference is an error. A hub may not be built on
 * a mux or another hub.
 *
 * @module
 */

/** The chardevs `use` is built on, with the message QEMU gives when one is missing. */
function basesOf(use: OptionUse): { value: string; span: SpanDiagnostic['span'];
  missing: string }[] {
  const backend = lastValue(use, 'backend')?.value;
  if (backend === 'mux') {
    const base = lastValue(use, 'chardev');
    return base ? [{ ...base, missing: `mux: base chardev ${base.value} not found` }] : [];
  }
  if (backend !== 'hub') return [];
  const bases = [];
  for (let i = 0; i < 4; i++) {
    const member = lastValue(use, `chardevs.${i}`);
    if (member === undefined) break;
    bases.push({ ...member, missing: `hub: chardev can't be found by id '${member.value}'` });
  }
  return bases;
}

/** The rule. */
export const muxChardev: CommandLineRule = (input) =>
  input.uses.flatMap((use) => {
    if (use.name !== 'chardev' || use.broken || use.failed) return [];
    if (!use.parsed || use.parsed.id === undefined) return [];
    const word = use.argument!;
    const hub = lastValue(use, 'backend')?.value === 'hub';
    for (const base of basesOf(use)) {
      if (IMPLICIT_CHARDEV.test(base.value)) return [];
      const resolution = input.ids.resolve('chardev', base.value, (d) => d.word < word);
      const miss = unresolved(resolution, word, base.span, base.missing);
      if (miss.length > 0) return miss;
      if (hub && resolution.kind === 'found' && resolution.defined.multiplexed) {
        const diagnostic: SpanDiagnostic = { code: 'invalid-combination', severity: 'error',
          message: "hub: multiplexers and hub devices can't be stacked, check chardev " +
            `'${base.value}', chardev should not be a hub device or have 'mux=on' enabled`,
          span: base.span };
        return [{ word, diagnostic }];
      }
    }
    return [];
  });
