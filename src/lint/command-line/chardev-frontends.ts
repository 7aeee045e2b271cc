import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, type OptionUse } from '../option-use.js';
import { IMPLICIT_CHARDEV } from './references.js';

/**
 * A chardev serves one frontend unless it has `mux=on`: QEMU attaches a `mux` chardev's base
 * and a `hub` chardev's members when it creates them, then each monitor (`-mon`,
 * `-monitor chardev:`, `-qmp chardev:`) in command-line order, and stops at the second
 * user: `Device 'X' is in use`
 * (`qemu_chr_fe_init` in `chardev/char-fe.c`, 7.2 to 10.2).
 *
 * LIMITATION(#4): devices that take a chardev (`-serial chardev:X` on a machine with a
 * serial port, `-device …,chardev=X`) also attach, on machines and devices we do not model,
 * so they are not counted: a chardev shared with one of them passes silently.
 *
 * @module
 */

/** A chardev a use attaches to, with its span. */
type Frontend = { value: string; span: { start: number; end: number } };

/** The chardevs a clean monitor, mux or hub use attaches to. */
function frontendsOf(use: OptionUse): Frontend[] {
  if (use.broken || use.failed || use.opaque || use.text === undefined) return [];
  const given = (f: Frontend | undefined): Frontend[] => (f ? [f] : []);
  if (use.name === 'chardev') {
    const backend = lastValue(use, 'backend')?.value;
    if (backend === 'mux') return given(lastValue(use, 'chardev'));
    if (backend !== 'hub') return [];
    const members = [0, 1, 2, 3].map((i) => lastValue(use, `chardevs.${i}`));
    const gap = members.findIndex((m) => m === undefined);
    return (gap < 0 ? members : members.slice(0, gap)) as Frontend[];
  }
  if (use.name === 'mon') {
    const mode = lastValue(use, 'mode')?.value ?? 'readline';
    return mode === 'readline' || mode === 'control' ? given(lastValue(use, 'chardev')) : [];
  }
  if (!['monitor', 'qmp', 'qmp-pretty'].includes(use.name)) return [];
  if (!use.text.startsWith('chardev:')) return [];
  const value = use.text.slice('chardev:'.length, 'chardev:'.length + 31);
  return [{ value, span: { start: 'chardev:'.length, end: use.text.length } }];
}

/** The rule. */
export const chardevFrontends: CommandLineRule = ({ uses, ids }) => {
  // Chardevs (and so mux bases) are created before any monitor.
  const ordered = [...uses.filter((u) => u.name === 'chardev'),
    ...uses.filter((u) => u.name !== 'chardev')];
  const attached = new Set<string>();
  const found = [];
  const pairs = ordered.flatMap((u) => frontendsOf(u).map((f) => [u, f] as const));
  for (const [use, frontend] of pairs) {
    if (IMPLICIT_CHARDEV.test(frontend.value)) continue;
    const word = use.argument!;
    const earlier = use.name === 'chardev' ? (d: { word: number }) => d.word < word : undefined;
    const resolution = ids.resolve('chardev', frontend.value, earlier);
    if (resolution.kind !== 'found' || resolution.defined.multiplexed) continue;
    if (!attached.has(frontend.value)) {
      attached.add(frontend.value);
      continue;
    }
    const diagnostic: SpanDiagnostic = { code: 'invalid-combination', severity: 'error',
      message: `Device '${frontend.value}' is in use`, span: frontend.span,
      hint: 'a chardev serves one user: give this one its own chardev, or add mux=on to share' };
    found.push({ word, diagnostic });
  }
  return found;
};
