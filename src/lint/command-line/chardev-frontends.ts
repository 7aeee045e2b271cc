import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, type OptionUse } from '../option-use.js';
import { IMPLICIT_CHARDEV } from './references.js';

/**
 * A chardev serves one frontend unless it has `mux=on`: QEMU attaches a `mux` chardev's base
 * when it creates the mux, then each monitor (`-mon`, `-monitor chardev:`, `-qmp chardev:`)
 * in command-line order, and stops at the second user: `Device 'X' is in use`
 * (`qemu_chr_fe_init` in `chardev/char-fe.c`, 7.2 to 10.2).
 *
 * LIMITATION(#4): devices that take a chardev (`-serial chardev:X` on a machine with a
 * serial port, `-device …,chardev=X`) also attach, on machines and devices we do not model,
 * so they are not counted: a chardev shared with one of them passes silently.
 *
 * @module
 */

/** The chardev a clean monitor or mux use attaches to, with its span. */
function frontendOf(use: OptionUse): { value: string; span: { start: number; end: number } }
    | undefined {
  if (use.broken || use.failed || use.opaque || use.text === undefined) return undefined;
  if (use.name === 'chardev') {
    return lastValue(use, 'backend')?.value === 'mux' ? lastValue(use, 'chardev')
      : undefined;
  }
  if (use.name === 'mon') {
    const mode = lastValue(use, 'mode')?.value ?? 'readline';
    return mode === 'readline' || mode === 'control' ? lastValue(use, 'chardev') : undefined;
  }
  if (!['monitor', 'qmp', 'qmp-pretty'].includes(use.name)) return undefined;
  if (!use.text.startsWith('chardev:')) return undefined;
  const value = use.text.slice('chardev:'.length, 'chardev:'.length + 31);
  return { value, span: { start: 'chardev:'.length, end: use.text.length } };
}

/** The rule. */
export const chardevFrontends: CommandLineRule = ({ uses, ids }) => {
  // Chardevs (and so mux bases) are created before any monitor.
  const ordered = [...uses.filter((u) => u.name === 'chardev'),
    ...uses.filter((u) => u.name !== 'chardev')];
  const attached = new Set<string>();
  const found = [];
  for (const use of ordered) {
    const frontend = frontendOf(use);
    if (frontend === undefined || IMPLICIT_CHARDEV.test(frontend.value)) continue;
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
