import type { IToken } from 'chevrotain';
import { itemKeyText, itemLength, unescapeValue } from '../../grammar/qemu-opts/items.js';
import { EmptyItem, Flag } from '../../grammar/qemu-opts/tokens.js';
import { indexOfName, splitKey, type KeyFragment } from '../../grammar/keyval/key.js';
import { KeyvalParser } from '../../grammar/keyval/parser.js';
import { tokenizeKeyval } from '../../grammar/keyval/lexer.js';
import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { KeyvalNode, KeyvalObject } from './keyval-tree.js';
import { requireOptions, requireString } from '../api/usage-error.js';

/**
 * Reading a keyval string as QEMU's `keyval_parse` does (spec section 3): dotted keys into
 * nested objects, numeric fragments into arrays, `help`/`?` anywhere, the implied first
 * key, and QEMU's messages (spec 3.2). Like QEMU, it stops at the first error.
 *
 * @module
 */

/** What the caller tells the keyval reader. */
export interface KeyvalParseOptions {
  /** The key of a first item without `=` (may be dotted, e.g. `driver`). */
  impliedKey?: string;
  /** Whether the option supports help; if not, a help item is an error. Default true. */
  helpSupported?: boolean;
}

/** The result of reading one keyval string. */
export interface ParsedKeyval {
  /** The tree; when there is an error, what was built before it. */
  root: KeyvalObject;
  /** The spans of the `help`/`?` items, in order (empty if none). */
  help: Span[];
  /** At most one error, as QEMU reports only the first. */
  diagnostics: SpanDiagnostic[];
}

/** A keyval error: QEMU's message where it happened. */
class KeyvalError {
  constructor(readonly code: string, readonly message: string, readonly span: Span) {}
}

let parser: KeyvalParser | undefined;

/**
 * Parses `text` as keyval. Never throws: the first problem comes back as a diagnostic.
 *
 * @since 0.1.0
 * @throws {QemuOptsUsageError} when called with a text that is not a string.
 */
export function parseKeyval(text: string, options: KeyvalParseOptions = {}): ParsedKeyval {
  requireString('parseKeyval', 'text', text);
  requireOptions('parseKeyval', options);
  parser ??= new KeyvalParser();
  parser.begin(tokenizeKeyval(text).tokens);
  const tokens = parser.keyVals();
  const result: ParsedKeyval = { root: { kind: 'object', members: new Map() }, help: [],
    diagnostics: [] };
  try {
    let implied = options.impliedKey;
    for (const token of tokens) {
      readItem(token, implied, result);
      implied = undefined;
    }
    if (result.help.length > 0 && options.helpSupported === false) {
      throw new KeyvalError('help-not-available', 'Help is not available for this option',
        result.help[0]);
    }
    listify(result.root);
  } catch (error) {
    if (!(error instanceof KeyvalError)) throw error;
    result.diagnostics.push({ code: error.code, severity: 'error', message: error.message,
      span: error.span });
  }
  return result;
}

/** Reads one item into the tree (QEMU `keyval_parse_one`). */
function readItem(token: IToken, implied: string | undefined, result: ParsedKeyval): void {
  const start = token.startOffset;
  const length = itemLength(token.image);
  const span = { start, end: start + length };
  const isPair = token.tokenType !== Flag && token.tokenType !== EmptyItem;
  const keyText = token.tokenType === EmptyItem ? '' : itemKeyText(token);
  if (!isPair && keyText.length > 0) {
    if (keyText === 'help' || keyText === '?') {
      result.help.push(span);
      return;
    }
    if (implied !== undefined) {
      const path = walk(result.root, implied, undefined, span);
      put(path.parent, path.name, { kind: 'string', value: keyText, key: implied,
        valueSpan: span }, implied, span);
      return;
    }
  }
  const keySpan = { start, end: start + keyText.length };
  const path = walk(result.root, keyText, keySpan, keySpan);
  if (!isPair) {
    throw new KeyvalError('keyval-missing-equals',
      `Expected '=' after parameter '${keyText}'`, keySpan);
  }
  const valueSpan = { start: keySpan.end + 1, end: span.end };
  const raw = token.image.slice(keyText.length + 1, length);
  put(path.parent, path.name, { kind: 'string', value: unescapeValue(raw), key: keyText,
    keySpan, valueSpan }, keyText, keySpan);
}

/**
 * Checks `key` fragment by fragment and creates the objects on its path, in QEMU's order:
 * fragment `i` is checked before fragment `i - 1` is stored. Returns the last object and
 * the leaf's name.
 */
function walk(root: KeyvalObject, key: string, keySpan: Span | undefined, where: Span):
    { parent: KeyvalObject; name: string } {
  const split = splitKey(key);
  const at = (f: KeyFragment) => ({ start: where.start + f.start,
    end: where.start + f.start + f.text.length });
  let cur = root;
  const stored = split.fragments.length - 1;
  for (let i = 0; i < stored; i++) {
    const fragment = split.fragments[i];
    const prefixEnd = fragment.start + fragment.text.length;
    cur = putObject(cur, fragment.text, key.slice(0, prefixEnd),
      keySpan ? { start: where.start, end: where.start + prefixEnd } : where);
  }
  if (split.error?.kind === 'invalid') {
    throw new KeyvalError('keyval-invalid-key', `Invalid parameter '${key}'`, where);
  }
  if (split.error?.kind === 'too-long') {
    const { fragment, whole } = split.error;
    throw new KeyvalError('keyval-key-too-long',
      `Parameter${whole ? '' : ' fragment'} '${fragment.text}' is too long`, at(fragment));
  }
  return { parent: cur, name: split.fragments[split.fragments.length - 1].text };
}

/** Gets or creates the object member `name` of `cur` (QEMU `keyval_parse_put`, no value). */
function putObject(cur: KeyvalObject, name: string, prefix: string, span: Span): KeyvalObject {
  const old = cur.members.get(name);
  if (old === undefined) {
    const created: KeyvalObject = { kind: 'object', members: new Map(), keySpan: span };
    cur.members.set(name, created);
    return created;
  }
  if (old.kind !== 'object') {
    throw new KeyvalError('keyval-inconsistent', `Parameters '${prefix}.*' used inconsistently`,
      span);
  }
  return old;
}

/** Stores a leaf; the last one wins, but it may not replace an object. */
function put(cur: KeyvalObject, name: string, leaf: KeyvalNode, key: string, span: Span): void {
  if (cur.members.get(name)?.kind === 'object') {
    throw new KeyvalError('keyval-inconsistent', `Parameters '${key}.*' used inconsistently`,
      span);
  }
  cur.members.set(name, leaf);
}

/** An object whose members `listify` is going through, with what it has seen so far. */
interface ListifyFrame {
  node: KeyvalObject;
  /** The dotted path of `node` followed by `.` (empty for the root). */
  prefix: string;
  /** The member name of `node` in its parent. */
  name: string;
  entries: IterableIterator<[string, KeyvalNode]>;
  hasIndex: boolean;
  hasMember: boolean;
}

/**
 * Turns objects whose members are all indices into arrays (QEMU `keyval_listify`), the
 * innermost first. An explicit stack instead of recursion: a key may have as many
 * fragments as the text has dots.
 */
function listify(root: KeyvalObject): void {
  const frame = (node: KeyvalObject, prefix: string, name: string): ListifyFrame =>
    ({ node, prefix, name, entries: node.members.entries(), hasIndex: false, hasMember: false });
  const stack = [frame(root, '', '')];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.entries.next();
    if (!next.done) {
      const [name, member] = next.value;
      if (indexOfName(name) >= 0) top.hasIndex = true;
      else top.hasMember = true;
      if (member.kind === 'object') stack.push(frame(member, `${top.prefix}${name}.`, name));
      continue;
    }
    stack.pop();
    const listified = listifyOne(top);
    stack[stack.length - 1]?.node.members.set(top.name, listified);
  }
}

/** The array an object of indices becomes, or the object itself; errors as QEMU's. */
function listifyOne({ node, prefix, hasIndex, hasMember }: ListifyFrame): KeyvalNode {
  const span = node.keySpan ?? { start: 0, end: 0 };
  if (hasIndex && hasMember) {
    throw new KeyvalError('keyval-inconsistent', `Parameters '${prefix}*' used inconsistently`,
      span);
  }
  if (!hasIndex) return node;
  const elements: KeyvalNode[] = [];
  for (const [name, member] of node.members) elements[indexOfName(name)] = member;
  for (let i = 0; i < elements.length; i++) {
    if (elements[i] === undefined) {
      throw new KeyvalError('keyval-missing-index', `Parameter '${prefix}${i}' missing`, span);
    }
  }
  return { kind: 'array', elements, keySpan: node.keySpan };
}
