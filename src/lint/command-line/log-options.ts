import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { compareVersions, majorMinor } from '../../catalog/versions.js';
import type { CommandLineRule } from '../command-line-rule.js';
import type { OptionUse } from '../option-use.js';

/**
 * `-d ITEMS` and `-D FILE`: QEMU keeps the last of each and, after reading every option
 * (before the machine), turns the items into a log mask (`qemu_str_to_log_mask` in
 * `util/log.c`) and sets up the log file (`qemu_set_log_filename_flags`), read in 7.2 and
 * 10.2. The items are read in order: `all`, `trace:PATTERN` (`trace:help` lists the trace
 * events and exits with status 0), or a log item; an unknown or empty item, or no item at
 * all, makes QEMU print its item list on stdout and exit with status 1, with no message. A
 * `%` in the file name must be a single `%d`; the `tid` item (also in `all`) needs one.
 *
 * @module
 */

/** Log items of every release from 7.2 to 10.2 (`plugin` exists in builds with plugins). */
const ITEMS = new Set(['out_asm', 'in_asm', 'op', 'op_opt', 'op_ind', 'int', 'exec', 'cpu',
  'fpu', 'mmu', 'pcall', 'cpu_reset', 'unimp', 'guest_errors', 'page', 'nochain', 'plugin',
  'strace', 'tid', 'all']);

/** Items 10.2 has and 7.2 does not (the release between is not known). */
const LATER_ITEMS = new Set(['op_plugin', 'vpu', 'invalid_mem']);

/** What QEMU makes of one item: known, unknown, a trace listing, or not known to us. */
function itemKind(item: string, release: string): 'known' | 'unknown' | 'help' | 'unsure' {
  if (item.startsWith('trace:') && item.length > 6) {
    const pattern = item.slice(6);
    return pattern === 'help' || pattern === '?' ? 'help' : 'known';
  }
  if (ITEMS.has(item)) return 'known';
  if (!LATER_ITEMS.has(item)) return 'unknown';
  if (compareVersions(release, '7.2') <= 0) return 'unknown';
  return compareVersions(release, '10.2') >= 0 ? 'known' : 'unsure';
}

/** The finding of the `-d` argument `text`: the item that ends QEMU, or its trace listing. */
function itemFinding(text: string, release: string): SpanDiagnostic | undefined {
  const hint = 'QEMU prints its list of log items on standard output and exits with status 1';
  if (text === '') {
    return { code: 'log-item', severity: 'error', message: 'No log item given', hint,
      span: { start: 0, end: 0 } };
  }
  let start = 0;
  for (const item of text.split(',')) {
    const span = { start, end: start + item.length };
    start += item.length + 1;
    const kind = itemKind(item, release);
    if (kind === 'unsure') return undefined;
    if (kind === 'help') {
      return { code: 'help-request', severity: 'info', span,
        message: 'QEMU lists its trace events and exits instead of starting a guest' };
    }
    if (kind === 'unknown') {
      return { code: 'log-item', severity: 'error', hint, span: item === '' ? { start: 0,
        end: text.length } : span, message: item === '' ? 'Empty log item'
        : `'${item}' is not a log item` };
    }
  }
  return undefined;
}

/** QEMU's error for the log file name `name` (null: none given), with `tid` asked or not. */
function fileError(name: string | undefined, perThread: boolean): string | undefined {
  const percent = name?.indexOf('%') ?? -1;
  if (name !== undefined && percent >= 0) {
    const bad = name[percent + 1] !== 'd' || name.includes('%', percent + 2);
    return bad ? `Bad logfile template: ${name}` : undefined;
  }
  return perThread ? "Filename template with '%d' required for 'tid'" : undefined;
}

/** The last usable use of option `name` with a readable argument. */
function lastUse(uses: readonly OptionUse[], name: string): OptionUse | undefined {
  return uses.filter((u) => u.name === name && u.usable && u.argument !== undefined).pop();
}

/** The rule. */
export const logOptions: CommandLineRule = ({ uses, ctx }) => {
  const release = majorMinor(ctx.requestedVersion);
  if (compareVersions(release, '7.2') < 0 || compareVersions(release, '10.2') > 0) return [];
  const mask = lastUse(uses, 'd');
  const file = lastUse(uses, 'D');
  if (mask?.opaque || file?.opaque) return [];
  if (mask?.text !== undefined) {
    const found = itemFinding(mask.text, release);
    if (found) return [{ word: mask.argument!, diagnostic: found }];
  }
  const items = mask?.text?.split(',') ?? [];
  const perThread = items.includes('tid') || items.includes('all');
  const message = fileError(file?.text, perThread);
  if (message === undefined) return [];
  const at = file ?? mask!;
  const diagnostic: SpanDiagnostic = { code: 'log-file', severity: 'error', message,
    span: { start: 0, end: at.text!.length } };
  return [{ word: at.argument!, diagnostic }];
};
