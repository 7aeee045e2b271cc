import type { Span } from '../../diagnostics/diagnostic.js';
import type { WordDiagnostic } from '../../validator/scan-argv.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, treeString, type OptionUse } from '../option-use.js';

/**
 * IDs of network backends, as QEMU checks them when it creates them (`net_client_init1` in
 * `net/net.c`, 7.2 to 10.2): `-netdev` written as JSON or keyval first, then the other
 * `-netdev`s, then `-nic`, then `-net`, each in command-line order (`net_init_clients`); the
 * one created second with an ID is refused with `Duplicate ID 'X'`. Two of one QemuOpts list
 * (`-netdev`, `-nic` or `-net`) were refused while QEMU read them (`duplicate-id`).
 *
 * @module
 */

/** A network backend as QEMU creates it. */
interface CreatedNetdev {
  /** Its argument word. */
  word: number;
  /** Its ID and where it is written. */
  id: { value: string; span: Span };
  /** The QemuOpts list it is in, or `modern` for JSON and keyval `-netdev`s. */
  list: string;
}

/** Options that may define netdevs in a way we do not read. */
const UNREADABLE = new Set(['readconfig', 'set', '']);

/** Creation order of the lists. */
const ROUNDS = ['modern', 'netdev', 'nic', 'net'];

/** The backend `use` creates, if it was read cleanly and names one. */
function createdNetdev(use: OptionUse): CreatedNetdev | undefined {
  if (!ROUNDS.includes(use.name) || use.broken || use.opaque) return undefined;
  if (use.argument === undefined) return undefined;
  const modern = use.tree !== undefined;
  const id = modern ? treeString(use, 'id') : use.parsed?.id;
  if (id === undefined) return undefined;
  // `-nic none` and `-net none` create nothing.
  const type = lastValue(use, 'type')?.value;
  if ((use.name === 'nic' || use.name === 'net') && type === 'none') return undefined;
  return { word: use.argument, id, list: modern ? 'modern' : use.name };
}

/** The rule. */
export const netdevIds: CommandLineRule = ({ uses }) => {
  if (uses.some((u) => UNREADABLE.has(u.name) || (ROUNDS.includes(u.name) && u.opaque))) {
    return [];
  }
  const netdevs = uses.flatMap((u) => createdNetdev(u) ?? []);
  const taken = new Map<string, CreatedNetdev>();
  const found: WordDiagnostic[] = [];
  for (const list of ROUNDS) {
    for (const netdev of netdevs.filter((n) => n.list === list)) {
      const first = taken.get(netdev.id.value);
      if (first === undefined) taken.set(netdev.id.value, netdev);
      // Within one QemuOpts list, QEMU refused the second while reading it.
      else if (first.list === 'modern' || first.list !== netdev.list) {
        found.push({ word: netdev.word, diagnostic: { code: 'id-conflict', severity: 'error',
          message: `Duplicate ID '${netdev.id.value}'`, span: netdev.id.span } });
      }
    }
  }
  return found;
};
