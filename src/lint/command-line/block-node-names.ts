import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import type { WordDiagnostic } from '../../validator/scan-argv.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { treeString } from '../option-use.js';

/**
 * Block node names and drive IDs share one name space: QEMU opens the `-blockdev` nodes in
 * command-line order, then the `-drive`s (`configure_blockdev` in `vl.c`, `block.c`, 7.2 to
 * 10.2), and refuses a node name already taken (`Duplicate nodes with node-name='X'`) and a
 * drive ID that is a node name (`Device name 'X' conflicts with an existing node name`).
 *
 * @module
 */

/** An error at `span` of `word`. */
function conflict(word: number, span: SpanDiagnostic['span'], message: string): WordDiagnostic {
  return { word, diagnostic: { code: 'id-conflict', severity: 'error', message, span,
    hint: 'node names and drive IDs must all differ' } };
}

/** The rule. */
export const blockNodeNames: CommandLineRule = ({ uses }) => {
  const nodes = new Set<string>();
  const found: WordDiagnostic[] = [];
  for (const use of uses) {
    if (use.name !== 'blockdev' || use.broken || use.failed || use.opaque) continue;
    const name = treeString(use, 'node-name');
    if (name === undefined) continue;
    if (nodes.has(name.value)) {
      found.push(conflict(use.argument!, name.span,
        `Duplicate nodes with node-name='${name.value}'`));
    }
    nodes.add(name.value);
  }
  for (const use of uses) {
    if (use.name !== 'drive' || use.broken || use.failed || use.opaque) continue;
    const id = use.parsed?.id;
    if (id === undefined || !nodes.has(id.value)) continue;
    found.push(conflict(use.argument!, id.span,
      `Device name '${id.value}' conflicts with an existing node name`));
  }
  return found;
};
