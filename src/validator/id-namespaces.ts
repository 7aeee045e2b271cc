import { closestName } from './did-you-mean.js';

/**
 * The IDs a whole command line defines, per namespace, so that references between options
 * (a `-mon` to its `-chardev`, `-machine memory-backend=` to its `-object`) can be checked.
 * Each definition keeps its place in the command line, since QEMU resolves some references
 * only against options given earlier (a `mux` chardev's base) and most against all of them.
 *
 * A namespace is incomplete when an option that could define an ID in it cannot be read (a
 * shell substitution, `-readconfig`): then no reference into it is reported as unresolved.
 *
 * @module
 */

/**
 * The namespaces of IDs: `-chardev`, `-object` (with its `qom-type`), `-netdev` and `-nic`,
 * `-drive`, `-blockdev` node names, `-device`, `-tpmdev`, `-fsdev` and `-virtfs`.
 */
export type IdNamespace = 'chardev' | 'object' | 'netdev' | 'drive' | 'node-name' | 'device' |
  'tpmdev' | 'fsdev';

/** One defined ID. */
export interface DefinedId {
  /** The ID. */
  id: string;
  /** Index of the word that defines it (its option's argument). */
  word: number;
  /** The kind of thing it names, where the option says (an object's `qom-type`). */
  type?: string;
  /** The option that defines it (no dash). */
  option?: string;
  /** Whether the option was written as keyval or JSON rather than QemuOpts. */
  modern?: boolean;
  /** For a chardev: whether it has `mux=on`, so that several frontends may share it. */
  multiplexed?: boolean;
}

/**
 * The namespace a QOM property type refers to, for properties that hold an ID (as the build
 * facts of a QEMU binary type them): `chr` a chardev, `netdev` a netdev, `drive` a `-drive`
 * ID or a `-blockdev` node name.
 */
export const PROPERTY_TYPE_NAMESPACES: Record<string, IdNamespace[]> = {
  chr: ['chardev'],
  netdev: ['netdev'],
  drive: ['drive', 'node-name'],
  tpmdev: ['tpmdev'],
  fsdev: ['fsdev'],
};

/** How a reference resolves. */
export type Resolution =
  | { kind: 'found'; defined: DefinedId }
  | { kind: 'missing'; hint?: string }
  | { kind: 'unknown' };

/** The IDs of one command line. */
export class IdNamespaces {
  private readonly defined = new Map<IdNamespace, DefinedId[]>();
  private readonly incomplete = new Set<IdNamespace | '*'>();

  /** Records a definition in `namespace`. */
  define(namespace: IdNamespace, defined: DefinedId): void {
    const list = this.defined.get(namespace) ?? [];
    list.push(defined);
    this.defined.set(namespace, list);
  }

  /** Marks `namespace` (or `*`: every one) as possibly holding IDs we cannot see. */
  markIncomplete(namespace: IdNamespace | '*'): void {
    this.incomplete.add(namespace);
  }

  /**
   * Resolves `id` in `namespace`. `accept` narrows the definitions that count (a memory
   * backend among the objects, a chardev given before `word`); a miss suggests the nearest
   * accepted ID.
   */
  resolve(namespace: IdNamespace, id: string, accept: (d: DefinedId) => boolean = () => true):
      Resolution {
    const candidates = (this.defined.get(namespace) ?? []).filter(accept);
    const defined = candidates.find((d) => d.id === id);
    if (defined) return { kind: 'found', defined };
    if (this.incomplete.has(namespace) || this.incomplete.has('*')) return { kind: 'unknown' };
    const near = closestName(id, candidates.map((d) => d.id));
    if (near !== undefined) return { kind: 'missing', hint: `did you mean '${near}'?` };
    const names = [...new Set(candidates.map((d) => d.id))];
    if (names.length === 0) return { kind: 'missing' };
    return { kind: 'missing', hint: `defined: ${names.slice(0, 8).join(', ')}` };
  }
}
