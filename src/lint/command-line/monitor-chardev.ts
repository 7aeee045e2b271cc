import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { parseBool } from '../../model/values/parse-bool.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, type OptionUse } from '../option-use.js';
import { IMPLICIT_CHARDEV, unresolved } from './references.js';

/**
 * Monitors and their chardevs: QEMU creates each `-mon` after every chardev
 * (`monitor_init_opts` in `monitor/monitor.c`, 7.2 to 10.2), so the chardev may be defined
 * anywhere on the command line. In order: the `chardev` parameter is required, must name a
 * chardev, and an HMP monitor (mode `readline`, the default) takes no `pretty=on`.
 * `-monitor chardev:X` and `-qmp chardev:X` name the chardev the same way.
 *
 * @module
 */

/** The modes of a monitor that QEMU's visitor reads (an invalid one is reported elsewhere). */
const MODES = new Set(['readline', 'control']);

/** The findings for one clean `-mon`. */
function monFindings(use: OptionUse, input: Parameters<CommandLineRule>[0]) {
  const word = use.argument!;
  const mode = lastValue(use, 'mode')?.value ?? 'readline';
  if (!MODES.has(mode)) return [];
  const chardev = lastValue(use, 'chardev');
  if (chardev === undefined) {
    const diagnostic: SpanDiagnostic = { code: 'missing-parameter', severity: 'error',
      message: "Parameter 'chardev' is missing", span: { start: 0, end: use.text!.length },
      hint: 'name the -chardev of this monitor: chardev=ID' };
    return [{ word, diagnostic }];
  }
  if (!IMPLICIT_CHARDEV.test(chardev.value)) {
    const resolution = input.ids.resolve('chardev', chardev.value);
    const miss = unresolved(resolution, word, chardev.span, `chardev "${chardev.value}" not found`);
    if (miss.length > 0) return miss;
  }
  const pretty = lastValue(use, 'pretty');
  const on = pretty && parseBool('pretty', pretty.value);
  if (mode !== 'readline' || !on || !on.ok || !on.value) return [];
  const diagnostic: SpanDiagnostic = { code: 'invalid-combination', severity: 'error',
    message: "'pretty' is not compatible with HMP monitors", span: pretty!.span,
    hint: 'pretty applies to QMP monitors: add mode=control, or drop pretty' };
  return [{ word, diagnostic }];
}

/** `-monitor chardev:X`, `-qmp chardev:X`, `-qmp-pretty chardev:X`. */
const SHORTHANDS = new Set(['monitor', 'qmp', 'qmp-pretty']);

/** The rule. */
export const monitorChardev: CommandLineRule = (input) =>
  input.uses.flatMap((use) => {
    if (use.broken || use.failed || use.opaque || use.text === undefined) return [];
    if (use.name === 'mon' && use.parsed) return monFindings(use, input);
    if (!SHORTHANDS.has(use.name) || !use.text.startsWith('chardev:')) return [];
    // QEMU keeps the first 31 characters (monitor-shorthand.ts).
    const id = use.text.slice('chardev:'.length, 'chardev:'.length + 31);
    if (IMPLICIT_CHARDEV.test(id)) return [];
    const span = { start: 'chardev:'.length, end: use.text.length };
    return unresolved(input.ids.resolve('chardev', id), use.argument!, span,
      `chardev "${id}" not found`);
  });
