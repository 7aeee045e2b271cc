import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { checkCpuModel, isCpuHelp } from '../../validator/cpu-and-global.js';
import { checkCpuFeatures } from '../../validator/cpu-features.js';
import { parseQemuOpts } from '../../model/parse-qemu-opts.js';
import type { OptionUse } from '../option-use.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { appendAll } from '../../util/append-all.js';

/**
 * The `-cpu` model: QEMU keeps only the last `-cpu` and, after reading every option, lists
 * the models for `help` or resolves the model (`parse_cpu_option` in `vl.c`) and registers
 * its features as global properties of the CPU type, which the build facts can check.
 *
 * @module
 */

/** The rule. */
export const cpuModel: CommandLineRule = ({ uses, facts }) => {
  const globals = uses.filter((u) => u.name === 'global');
  const last = uses.filter((u) => u.name === 'cpu' && u.usable && u.argument !== undefined)
    .pop();
  if (last === undefined || last.opaque || last.text === undefined) return [];
  const text = last.text;
  const found: SpanDiagnostic[] = isCpuHelp(text)
    ? [{ code: 'help-request', severity: 'info', span: { start: 0, end: text.length },
      message: 'QEMU prints help for -cpu and exits instead of starting a guest' }]
    : facts ? checkCpuModel(text, facts) : [];
  if (facts && found.length === 0 && !globals.some((g) => g.opaque)) {
    appendAll(found, checkCpuFeatures(text, facts, globals.flatMap(globalDriver)));
  }
  return found.map((diagnostic) => ({ word: last.argument!, diagnostic }));
};

/** The driver a `-global` names (`DRIVER.PROP=VALUE` or `driver=`), if it can be read. */
function globalDriver(use: OptionUse): string[] {
  const text = use.text ?? '';
  const short = /^([^.=]{1,63})\.[^=]{1,63}=/.exec(text);
  if (short) return [short[1]];
  const driver = parseQemuOpts(text).entries.filter((e) => e.key === 'driver').pop();
  return driver ? [driver.value] : [];
}
