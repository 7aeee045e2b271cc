import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { ParamList } from '../catalog/types.js';
import type { KeyvalNode, KeyvalObject, KeyvalString } from '../model/keyval-tree.js';
import { memberOf } from './check-keyval.js';
import { presentParams } from './check-qemu-opts.js';
import type { LintContext } from './lint-context.js';
import { keyvalMemberFindings, type MemberFinding, type MemberSpec } from './qapi-members.js';
import type { BuildFacts } from '../catalog/build-facts.js';
import { machineFactFindings, machineName } from './machine-facts.js';
import { smpTopologyFindings } from './smp-topology.js';
import { majorMinor } from '../catalog/versions.js';
import { appendAll } from '../util/append-all.js';
import { bootDeviceFindings } from './boot-devices.js';
import { boardBootFindings } from './board-boot.js';

/**
 * The machine's property tree (spec 3.2, 3.4): every `-machine`/`-M` argument is read into
 * it, `-smp` and `-boot` are merged into it under `smp` and `boot`, and QEMU's visitor reads
 * it only when it creates the machine. Clashes are parse-time errors at the option that
 * causes them; wrong member values are late errors with no option location.
 *
 * @module
 */

/** A finding on one argument word (`word` indexes the invocation's words). */
export interface WordFinding {
  /** The argv word (the option's argument) the finding is in. */
  word: number;
  /** The finding, in that word's offsets. */
  diagnostic: SpanDiagnostic;
}

/**
 * Properties every machine type of every release in the catalog has, with their types
 * (checked against QEMU 7.2), for builds without build facts. With build facts, the machine
 * type and its board properties (`-M q35,smm=x`) are checked instead (`machine-facts.ts`).
 */
const CORE_PROPERTIES: MemberSpec[] = [
  { name: 'usb', type: 'bool' },
  { name: 'graphics', type: 'bool' },
  { name: 'dump-guest-core', type: 'bool' },
  { name: 'mem-merge', type: 'bool' },
  { name: 'suppress-vmdesc', type: 'bool' },
  { name: 'phandle-start', type: 'int' },
];

/** The visitor types of the core properties that build facts type as QOM `int`. */
const CORE_VISITED: Record<string, string> = Object.fromEntries(CORE_PROPERTIES
  .filter((p) => p.type === 'int').map((p) => [p.name, 'int64']));

/** The merged tree of one invocation. */
export class MachineTree {
  private readonly root: KeyvalObject = { kind: 'object', members: new Map() };
  /** The argument word each node was written in. */
  private readonly words = new WeakMap<KeyvalNode, number>();

  /**
   * Adds the clean keyval tree of `-machine` (`into` empty) or of `-smp`/`-boot` (`into`
   * their property name) from argument `word`; returns QEMU's clash error, if any.
   */
  add(tree: KeyvalObject, into: '' | 'smp' | 'boot', word: number, whole: Span):
      SpanDiagnostic | undefined {
    this.mark(tree, word);
    if (into === '') return this.parseInto(this.root, tree, '');
    const wrapped: KeyvalObject = { kind: 'object', members: new Map([[into, tree]]) };
    tree.keySpan ??= whole;
    return this.merge(this.root, wrapped, '');
  }

  /** The string property `name` of the merged tree, with the word it was written in. */
  leaf(name: string): { node: KeyvalString; word: number } | undefined {
    const node = this.root.members.get(name);
    const word = node && this.words.get(node);
    return node?.kind === 'string' && word !== undefined ? { node, word } : undefined;
  }

  /** The machine type QEMU picks for the merged tree, by the build facts `facts`. */
  machineType(facts: BuildFacts): string | undefined {
    return machineName(this.root, facts);
  }

  /** Whether the merged tree has property `name` (a value or an object). */
  has(name: string): boolean {
    return this.root.members.has(name);
  }

  /**
   * The late findings: the machine type QEMU cannot find, or what QEMU's visitor rejects
   * when it sets the machine properties; `facts` when they fit the build linted.
   */
  findings(ctx: LintContext, facts?: BuildFacts): WordFinding[] {
    const found: MemberFinding[] = [];
    const board = facts ? machineFactFindings(this.root, facts, CORE_VISITED) : [];
    if (board[0]?.message !== 'unsupported machine type') {
      const smp = this.struct('smp', ctx.catalog.lists['smp-opts'], ctx);
      appendAll(found, smp);
      if (smp.length === 0 && facts && majorMinor(ctx.requestedVersion) === '7.2') {
        const machine = machineName(this.root, facts);
        appendAll(found, smpTopologyFindings(this.root.members.get('smp'), machine, facts));
      }
      const boot = this.struct('boot', ctx.catalog.lists['boot-opts'], ctx);
      appendAll(found, boot);
      const bootNode = this.root.members.get('boot');
      if (boot.length === 0 && bootNode) appendAll(found, bootDeviceFindings(bootNode));
    }
    appendAll(found, (facts ? board : keyvalMemberFindings(this.root, { members: CORE_PROPERTIES,
      closed: false, prefix: '' }, { start: 0, end: 0 })));
    // The board's own checks, once every property is set (QEMU 7.2's x86 boards).
    if (found.length === 0 && facts && majorMinor(ctx.requestedVersion) === '7.2') {
      appendAll(found, boardBootFindings(this.root.members.get('boot'),
        machineName(this.root, facts), facts));
    }
    return found.flatMap((f) => {
      const word = f.node && this.words.get(f.node);
      if (word === undefined) return [];
      const diagnostic: SpanDiagnostic = { code: `machine-${f.code}`, severity: 'error',
        message: f.message, span: f.span, ...(f.hint ? { hint: f.hint } : {}) };
      return [{ word, diagnostic }];
    });
  }

  /** The findings on the `smp` or `boot` struct, whose members the catalog lists. */
  private struct(name: string, list: ParamList | undefined, ctx: LintContext): MemberFinding[] {
    const node = this.root.members.get(name);
    // LIMITATION(#4): `smp` or `boot` given a plain value (`-machine smp=4`) is not reported.
    if (list === undefined || node?.kind !== 'object') return [];
    const members = presentParams(list, ctx).map(memberOf);
    return keyvalMemberFindings(node, { members, closed: true, prefix: `${name}.` },
      node.keySpan ?? { start: 0, end: 0 });
  }

  /** Records the word of every node of `node` (a work list: keys nest as deep as dots). */
  private mark(node: KeyvalNode, word: number): void {
    const work: KeyvalNode[] = [node];
    for (let next = work.pop(); next !== undefined; next = work.pop()) {
      this.words.set(next, word);
      if (next.kind === 'object') work.push(...next.members.values());
      if (next.kind === 'array') work.push(...next.elements);
    }
  }

  /** `-machine`: read into the tree as keyval does (QEMU `keyval_parse_into`). */
  private parseInto(dest: KeyvalObject, src: KeyvalObject, prefix: string):
      SpanDiagnostic | undefined {
    return walkBoth(dest, src, prefix, (into, name, node, path) => {
      const old = into.members.get(name);
      if (old !== undefined && (old.kind === 'object') !== (node.kind === 'object')) {
        return clash(`Parameters '${path}.*' used inconsistently`, node);
      }
      if (old?.kind === 'object' && node.kind === 'object') return old;
      into.members.set(name, node);
      return undefined;
    });
  }

  /** `-smp`/`-boot`: merged as QEMU's `keyval_merge` does. */
  private merge(dest: KeyvalObject, src: KeyvalObject, prefix: string):
      SpanDiagnostic | undefined {
    return walkBoth(dest, src, prefix, (into, name, node, path) => {
      const old = into.members.get(name);
      if (old !== undefined && old.kind !== node.kind) {
        return clash(`Parameter '${path}' used inconsistently`, node);
      }
      if (old?.kind === 'object' && node.kind === 'object') return old;
      if (old?.kind === 'array' && node.kind === 'array') {
        into.members.set(name, { ...old, elements: [...old.elements, ...node.elements] });
      } else into.members.set(name, node);
      return undefined;
    });
  }
}

/**
 * Goes through the members of `src` depth first, in order, with `dest` beside it: `step`
 * stores one member and gives an error, the object of `dest` to descend into with the
 * member's own object, or nothing. An explicit stack, as two keys may share a deep path.
 */
function walkBoth(
  dest: KeyvalObject,
  src: KeyvalObject,
  prefix: string,
  step: (into: KeyvalObject, name: string, node: KeyvalNode, path: string) =>
    SpanDiagnostic | KeyvalObject | undefined,
): SpanDiagnostic | undefined {
  type Frame = { into: KeyvalObject; entries: IterableIterator<[string, KeyvalNode]>;
    prefix: string };
  const stack: Frame[] = [{ into: dest, entries: src.members.entries(), prefix }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.entries.next();
    if (next.done) {
      stack.pop();
      continue;
    }
    const [name, node] = next.value;
    const path = `${top.prefix}${name}`;
    const result = step(top.into, name, node, path);
    if (result === undefined) continue;
    if (!('members' in result)) return result;
    if (node.kind === 'object') {
      stack.push({ into: result, entries: node.members.entries(), prefix: `${path}.` });
    }
  }
  return undefined;
}

/** A clash error at `node`. */
function clash(message: string, node: KeyvalNode): SpanDiagnostic {
  const span = node.keySpan ?? (node.kind === 'string' ? node.valueSpan : { start: 0, end: 0 });
  return { code: 'keyval-inconsistent', severity: 'error', message, span };
}
