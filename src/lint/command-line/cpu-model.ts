import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { checkCpuModel, isCpuHelp } from '../../validator/cpu-and-global.js';
import type { CommandLineRule } from '../command-line-rule.js';

/**
 * The `-cpu` model: QEMU keeps only the last `-cpu` and, after reading every option, lists
 * the models for `help` or resolves the model (`parse_cpu_option` in `vl.c`), which the
 * build facts can check.
 *
 * @module
 */

/** The rule. */
export const cpuModel: CommandLineRule = ({ uses, facts }) => {
  const last = uses.filter((u) => u.name === 'cpu' && u.usable && u.argument !== undefined)
    .pop();
  if (last === undefined || last.opaque || last.text === undefined) return [];
  const text = last.text;
  const found: SpanDiagnostic[] = isCpuHelp(text)
    ? [{ code: 'help-request', severity: 'info', span: { start: 0, end: text.length },
      message: 'QEMU prints help for -cpu and exits instead of starting a guest' }]
    : facts ? checkCpuModel(text, facts) : [];
  return found.map((diagnostic) => ({ word: last.argument!, diagnostic }));
};
