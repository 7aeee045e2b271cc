import type { LintContext } from '../validator/lint-context.js';
import type { BuildFacts } from '../catalog/build-facts.js';
import type { IdNamespaces } from '../validator/id-namespaces.js';
import type { MachineTree } from '../validator/machine-tree.js';
import type { WordDiagnostic } from '../validator/scan-argv.js';
import type { OptionUse } from './option-use.js';

/**
 * The shape of a rule over a whole command line: checks QEMU makes once it has read every
 * option (references between options, parameters an option needs, combinations), or that
 * need more than one option to decide.
 *
 * @module
 */

/** What a command-line rule sees. */
export interface CommandLineInput {
  /** Every option, in command-line order. */
  uses: readonly OptionUse[];
  /** The IDs the command line defines. */
  ids: IdNamespaces;
  /** The merged machine property tree (-machine, -smp, -boot). */
  machine: MachineTree;
  /** The chosen build. */
  ctx: LintContext;
  /** What the binary of the chosen build reports about itself, when facts fit it. */
  facts?: BuildFacts;
}

/** A rule: findings on argv words (spans in each word's text). */
export type CommandLineRule = (input: CommandLineInput) => WordDiagnostic[];
