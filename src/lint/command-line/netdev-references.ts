import type { DefinedId } from '../../validator/id-namespaces.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { lastValue, treeString, type OptionUse } from '../option-use.js';
import { unresolved } from './references.js';

/**
 * Netdevs named by a `hubport` netdev (`netdev=`) and by `-net nic,netdev=`. QEMU creates
 * the netdevs written as JSON or keyval first, then the others in command-line order, then
 * `-nic`, then `-net` in order (`net_init_clients` in `net/net.c`, 7.2 to 10.2); each
 * reference is resolved when its own option is created: `netdev 'X' not found`. A `-net`
 * client with an `id=` is a netdev for the `-net` options after it.
 *
 * @module
 */

/** A string member of a QemuOpts or keyval/JSON use. */
const member = (use: OptionUse, key: string) => lastValue(use, key) ?? treeString(use, key);

/** The definitions a `hubport` at argument `word` (modern or not) can see. */
function seenByHubport(word: number, modern: boolean): (d: DefinedId) => boolean {
  return (d) => d.option === 'netdev' &&
    (modern ? d.modern === true && d.word < word : d.modern === true || d.word < word);
}

/** The rule. */
export const netdevReferences: CommandLineRule = (input) =>
  input.uses.flatMap((use) => {
    if (use.broken || use.failed || use.opaque || use.argument === undefined) return [];
    const isHubport = use.name === 'netdev' && member(use, 'type')?.value === 'hubport';
    const isNic = use.name === 'net' && member(use, 'type')?.value === 'nic';
    if (!isHubport && !isNic) return [];
    const netdev = member(use, 'netdev');
    if (netdev === undefined) return [];
    const word = use.argument;
    const accept = isHubport ? seenByHubport(word, use.tree !== undefined)
      : (d: DefinedId) => d.option === 'netdev' || d.option === 'nic' ||
        (d.option === 'net' && d.word < word);
    return unresolved(input.ids.resolve('netdev', netdev.value, accept), use.argument,
      netdev.span, `netdev '${netdev.value}' not found`);
  });
