import { HOSTS, hostProfile, type Host } from '../catalog/hosts.js';
import { evaluateCondition, hostLookup, parseCondition } from '../catalog/condition.js';
import type { Condition } from '../catalog/types.js';

/**
 * Saying in words which hosts a build condition allows.
 *
 * @module
 */

/** The hosts on which `condition` may hold (true or unknown), in `HOSTS` order. */
export function hostsAllowing(condition: Condition): Host[] {
  const node = parseCondition(condition);
  if ('message' in node) return [...HOSTS];
  return HOSTS.filter((h) => evaluateCondition(node, hostLookup(hostProfile(h))) !== false);
}

/** `linux, freebsd and darwin`-style list of the hosts allowing `condition`. */
export function describeHosts(condition: Condition): string {
  const hosts = hostsAllowing(condition);
  if (hosts.length === 0) return 'no host';
  if (hosts.length === 1) return hosts[0];
  return `${hosts.slice(0, -1).join(', ')} and ${hosts[hosts.length - 1]}`;
}
