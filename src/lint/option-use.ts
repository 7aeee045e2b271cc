import type { KeyvalObject, KeyvalString } from '../model/keyval-tree.js';
import type { JsonNode } from '../model/parse-json-arg.js';
import type { ParsedOpts } from '../model/qemu-opts-result.js';

/**
 * What one option of a command line said, as the whole-command-line rules see it: its words
 * and, when its argument could be read, the parsed argument.
 *
 * @module
 */

/** One option of the command line. */
export interface OptionUse {
  /** The option name as the catalog has it (no dash). */
  name: string;
  /** Index of the option word among the words after the program name. */
  word: number;
  /** Whether the option exists in the chosen build (release, host, target). */
  usable?: boolean;
  /** Index of the argument word, for an option that got one. */
  argument?: number;
  /** The argument text, for an option that got one. */
  text?: string;
  /** The argument read as a QemuOpts string, when the option reads one and it had no error. */
  parsed?: ParsedOpts;
  /** The argument read as keyval or JSON, when the option reads one and it had no error. */
  tree?: KeyvalObject;
  /** Whether the argument depends on a shell substitution, so its content is unknown. */
  opaque?: boolean;
  /** Whether the argument had a parse-time error (QEMU stops there). */
  broken?: boolean;
  /**
   * Whether QEMU finds an error in the argument alone once it reads it further (a value set,
   * a backend's parameters), before it resolves any reference in it.
   */
  failed?: boolean;
}

/** The last value of `key` in a QemuOpts use, with its entry, as QEMU's `qemu_opt_get`. */
export function lastValue(use: OptionUse, key: string):
    { value: string; span: { start: number; end: number } } | undefined {
  const entries = use.parsed?.entries ?? [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.key === key) return { value: e.value, span: e.valueSpan ?? e.itemSpan };
  }
  return undefined;
}

/** The string member `key` of a keyval or JSON use, with its span. */
export function treeString(use: OptionUse, key: string):
    { value: string; span: { start: number; end: number } } | undefined {
  const node = use.tree?.members.get(key);
  return node?.kind === 'string' ? { value: node.value, span: node.valueSpan } : undefined;
}

/**
 * The string and integer members of a JSON object argument as a keyval tree of strings (what
 * the rules read: IDs, types, references, sizes); other members and non-object values are
 * left out.
 */
export function jsonStrings(json: JsonNode): KeyvalObject {
  const members = new Map<string, KeyvalString>();
  if (json.kind !== 'object') return { kind: 'object', members };
  for (const [name, m] of json.members) {
    if (m.value.kind !== 'string' && m.value.kind !== 'integer') continue;
    const valueSpan = { start: m.value.span.start, end: m.value.span.end };
    members.set(name, { kind: 'string', value: String(m.value.value), key: name, valueSpan,
      keySpan: { start: m.keySpan.start, end: m.keySpan.end } });
  }
  return { kind: 'object', members };
}
