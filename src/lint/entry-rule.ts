import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptionEntry, ParamList } from '../catalog/types.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import type { LintContext } from '../validator/lint-context.js';

/**
 * The shape of a lint rule that looks at one entry of a QemuOpts argument: checks of ours
 * that say what QEMU will do where QEMU itself says nothing, or says it too late.
 *
 * @module
 */

/** What an entry rule sees. */
export interface EntryRuleInput {
  /** The option the argument belongs to. */
  option: OptionEntry;
  /** The list the argument was checked against. */
  list: ParamList;
  /** The entry. */
  entry: OptsEntry;
  /** The whole argument text (QEMU quotes it in some messages). */
  argument: string;
  /** The chosen build. */
  ctx: LintContext;
}

/** A rule: findings for one entry, with spans in the argument's text. */
export type EntryRule = (input: EntryRuleInput) => SpanDiagnostic[];
