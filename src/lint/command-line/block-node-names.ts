import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import type { WordDiagnostic } from '../../validator/scan-argv.js';
import type { OptsEntry } from '../../model/qemu-opts-result.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { treeString } from '../option-use.js';

/**
 * Block node names and drive IDs share one name space: QEMU opens the `-blockdev` nodes in
 * command-line order, then the `-drive`s (`configure_blockdev` in `vl.c`, `block.c`, 7.2 to
 * 10.2), and refuses a node name already taken (`Duplicate nodes with node-name='X'`), a
 * `-drive` node name that an earlier drive has as its ID (`node-name=X is conflicting with
 * a device id`) and a drive ID that is a node name, its own included (`Device name 'X'
 * conflicts with an existing node name`).
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
  const ids = new Set<string>();
  for (const use of uses) {
    if (use.name !== 'drive' || use.broken || use.failed || use.opaque) continue;
    const taken = driveNodeNames(use.parsed?.entries ?? [], nodes, ids);
    if (taken) {
      found.push({ word: use.argument!, diagnostic: taken });
      continue;
    }
    const id = use.parsed?.id;
    if (id === undefined) continue;
    if (nodes.has(id.value)) {
      found.push(conflict(use.argument!, id.span,
        `Device name '${id.value}' conflicts with an existing node name`));
    }
    ids.add(id.value);
  }
  return found;
};

/**
 * The node names a `-drive` gives its protocol node (`file.node-name`, opened first) and
 * its format node, added to `nodes`; QEMU's error when one is taken by an earlier node or
 * is an earlier drive's ID (`bdrv_assign_node_name`). Names QEMU rejects for their syntax
 * or length are left to the drive's own checks.
 */
function driveNodeNames(entries: readonly OptsEntry[], nodes: Set<string>, ids: Set<string>):
    SpanDiagnostic | undefined {
  for (const key of ['file.node-name', 'node-name']) {
    const entry = entries.filter((e) => e.key === key).pop();
    if (entry === undefined || !/^[A-Za-z][A-Za-z0-9._-]{0,30}$/.test(entry.value)) continue;
    const span = entry.valueSpan ?? entry.itemSpan;
    const message = ids.has(entry.value)
      ? `node-name=${entry.value} is conflicting with a device id`
      : nodes.has(entry.value) ? `Duplicate nodes with node-name='${entry.value}'` : undefined;
    if (message !== undefined) {
      return { code: 'id-conflict', severity: 'error', message, span,
        hint: 'node names and drive IDs must all differ' };
    }
    nodes.add(entry.value);
  }
  return undefined;
}
