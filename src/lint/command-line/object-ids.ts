import type { Span } from '../../diagnostics/diagnostic.js';
import type { WordDiagnostic } from '../../validator/scan-argv.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { treeString, type OptionUse } from '../option-use.js';

/**
 * `-object` IDs as QEMU checks them when it creates the objects, after reading every option
 * (`user_creatable_add_type` in `qom/object_interfaces.c`, 7.2 to 10.2). Two QemuOpts
 * `-object`s with one ID are refused while QEMU reads them (`duplicate-id`); a JSON `-object`
 * is not in that list, so its ID is checked only at creation: one that is not an identifier
 * (`Parameter 'id' expects an identifier`), then, once its properties are set, one already
 * taken (`attempt to add duplicate property 'X' to object (type 'container')`).
 *
 * QEMU creates the objects in three rounds, each in command-line order (`vl.c`:
 * `object_create_pre_sandbox`, `object_create_early`, the rest late), so the second object
 * created, not the second written, is the one refused.
 *
 * @module
 */

/** An object as QEMU creates it. */
interface CreatedObject {
  /** Its argument word. */
  word: number;
  /** Its ID and where it is written. */
  id: { value: string; span: Span };
  /** Whether it was written as JSON. */
  json: boolean;
  /** Its creation round: 0 before the sandbox, 1 early, 2 late. */
  round: number;
}

/** Types QEMU creates after the network backends (a property names a chardev, netdev …). */
const LATE_TYPES = new Set(['rng-egd', 'qtest', 'cryptodev-vhost-user', 'vhost-user-blk-server',
  'filter-buffer', 'filter-dump', 'filter-mirror', 'filter-redirector', 'colo-compare',
  'filter-rewriter', 'filter-replay']);

/** The creation round of an object of `type`. */
function roundOf(type: string): number {
  if (type.startsWith('thread-context')) return 0;
  return LATE_TYPES.has(type) || type.startsWith('memory-backend-') ? 2 : 1;
}

/** Options that may define or rename objects in a way we do not read. */
const UNREADABLE = new Set(['readconfig', 'set', '']);

/** A well-formed QEMU identifier (`id_wellformed`). */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** The object `use` creates, if it was read cleanly. */
function createdObject(use: OptionUse): CreatedObject | undefined {
  if (use.name !== 'object' || use.broken || use.failed || use.opaque) return undefined;
  const json = use.tree !== undefined;
  const id = json ? treeString(use, 'id') : use.parsed?.id;
  const type = json ? treeString(use, 'qom-type')?.value
    : use.parsed?.entries.filter((e) => e.key === 'qom-type').pop()?.value;
  if (id === undefined || type === undefined || use.argument === undefined) return undefined;
  return { word: use.argument, id, json, round: roundOf(type) };
}

/** The error at `object`'s ID. */
function error(object: CreatedObject, code: string, message: string, hint?: string):
    WordDiagnostic {
  return { word: object.word, diagnostic: { code, severity: 'error', message,
    span: object.id.span, ...(hint ? { hint } : {}) } };
}

/** The rule. */
export const objectIds: CommandLineRule = ({ uses }) => {
  if (uses.some((u) => UNREADABLE.has(u.name) || (u.name === 'object' && u.opaque))) return [];
  const objects = uses.flatMap((u) => createdObject(u) ?? []);
  const order = [0, 1, 2].flatMap((round) => objects.filter((o) => o.round === round));
  const taken = new Set<string>();
  const found: WordDiagnostic[] = [];
  for (const object of order) {
    if (object.json && !IDENTIFIER.test(object.id.value)) {
      found.push(error(object, 'invalid-object-id', "Parameter 'id' expects an identifier",
        "Identifiers consist of letters, digits, '-', '.', '_', starting with a letter."));
      continue;
    }
    // Two QemuOpts objects with one ID were refused while QEMU read them (duplicate-id).
    if (taken.has(object.id.value) && (object.json || jsonHas(objects, object.id.value))) {
      found.push(error(object, 'id-conflict',
        `attempt to add duplicate property '${object.id.value}' to object (type 'container')`));
    }
    taken.add(object.id.value);
  }
  return found;
};

/** Whether a JSON object has the ID `id`. */
function jsonHas(objects: readonly CreatedObject[], id: string): boolean {
  return objects.some((o) => o.json && o.id.value === id);
}
