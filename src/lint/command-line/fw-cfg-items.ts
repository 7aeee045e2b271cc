import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import type { BuildFacts } from '../../catalog/build-facts.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, type OptionUse } from '../option-use.js';

/**
 * `-fw_cfg`: QEMU adds the items once the machine exists (`parse_fw_cfg` in `vl.c`, 7.2 and
 * 10.2 alike), in command-line order: without a fw_cfg device (`-machine none`) it stops at
 * the first; then each needs a name and exactly one non-empty `file`, `string` or `gen_id`,
 * a name of at most 55 bytes, and gets a warning for a name outside `opt/` (unless it has a
 * `gen_id`); a name used twice is refused. Whether the machine has a fw_cfg device comes
 * from the x86 build facts (PC types and microvm have one, `none` has none); an item whose
 * content QEMU must find (a file, a generator object) or whose name the board may use
 * itself (outside `opt/`) ends the check.
 *
 * @module
 */

/** The longest item name (`FW_CFG_MAX_FILE_PATH` - 1), in bytes. */
const MAX_NAME = 55;

/** Whether the machine type `machine` has a fw_cfg device; undefined when not known. */
function hasFwCfg(facts: BuildFacts, machine: string): boolean | undefined {
  if (facts.target !== 'x86_64') return undefined;
  if (machine === 'none') return false;
  const chain: string[] = [];
  for (let t: string | undefined = `${machine}-machine`; t; t = facts.types[t]?.parent) {
    chain.push(t);
  }
  return chain.includes('generic-pc-machine') || chain.includes('microvm-machine')
    ? true : undefined;
}

/** A non-empty value of `key`, as QEMU's `nonempty_str(qemu_opt_get(…))`. */
const given = (use: OptionUse, key: string): string | undefined => {
  const value = lastValue(use, key)?.value;
  return value === undefined || value === '' ? undefined : value;
};

/** The findings for one `-fw_cfg` in order; `stop` when QEMU's next step is unknown. */
function itemFindings(use: OptionUse, names: Set<string>):
    { found: SpanDiagnostic[]; stop: boolean } {
  const whole = { start: 0, end: use.text!.length };
  const error = (message: string, span = whole): { found: SpanDiagnostic[]; stop: boolean } =>
    ({ found: [{ code: 'fw-cfg-item', severity: 'error', message, span }], stop: true });
  const name = given(use, 'name');
  const contents = ['file', 'string', 'gen_id'].filter((k) => given(use, k) !== undefined);
  if (name === undefined || contents.length !== 1) {
    return error('name, plus exactly one of file, string and gen_id, are needed');
  }
  const nameSpan = lastValue(use, 'name')!.span;
  if (new TextEncoder().encode(name).length > MAX_NAME) {
    return error(`name too long (max. ${MAX_NAME} char)`, nameSpan);
  }
  const found: SpanDiagnostic[] = [];
  if (contents[0] !== 'gen_id' && !name.startsWith('opt/')) {
    found.push({ code: 'fw-cfg-item', severity: 'warning', span: nameSpan,
      message: 'externally provided fw_cfg item names should be prefixed with "opt/"' });
  }
  if (contents[0] !== 'string' || !name.startsWith('opt/')) return { found, stop: true };
  if (names.has(name)) return error(`duplicate fw_cfg file name: ${name}`, nameSpan);
  names.add(name);
  return { found, stop: false };
}

/** Whether `use` is an `-fw_cfg` QEMU got to read without error. */
const isItem = (use: OptionUse): boolean => use.name === 'fw_cfg' && use.parsed !== undefined &&
  !use.broken && !use.failed && !use.opaque && use.text !== undefined;

/** The rule. */
export const fwCfgItems: CommandLineRule = ({ uses, machine, facts }) => {
  if (facts === undefined || uses.some((u) => u.opaque || u.name === 'readconfig')) return [];
  const type = machine.machineType(facts);
  const device = type === undefined ? undefined : hasFwCfg(facts, type);
  if (device === undefined) return [];
  const out = [];
  const names = new Set<string>();
  for (const use of uses.filter(isItem)) {
    if (!device) {
      return [{ word: use.argument!, diagnostic: { code: 'fw-cfg-item', severity: 'error' as const,
        message: 'fw_cfg device not available', span: { start: 0, end: use.text!.length } } }];
    }
    const { found, stop } = itemFindings(use, names);
    out.push(...found.map((diagnostic) => ({ word: use.argument!, diagnostic })));
    if (stop) break;
  }
  return out;
};
