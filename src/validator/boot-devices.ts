import type { KeyvalNode } from '../model/keyval-tree.js';
import type { MemberFinding } from './qapi-members.js';

/**
 * The letters of `-boot order=` and `once=`, which every machine type checks when QEMU sets
 * its `boot` property, after reading every option (`validate_bootdevices`, called by
 * `machine_set_boot` in `hw/core/machine.c`; the same in 7.2 and 10.2): each letter from
 * `a` to `p`, none twice; `order` first, then `once`. Which of those letters a board can
 * boot from (PC: `a`, `b`, `c`, `d`, `n`, at most three of them) it decides only when it
 * sets up its firmware, and that is not checked here.
 *
 * @module
 */

/** QEMU's error for the boot device letters `devices`, if any. */
export function bootDevicesError(devices: string): string | undefined {
  const seen = new Set<string>();
  for (const letter of devices) {
    if (letter < 'a' || letter > 'p') {
      return `Invalid boot device '${letter}'`;
    }
    if (seen.has(letter)) return `Boot device '${letter}' was given twice`;
    seen.add(letter);
  }
  return undefined;
}

/** The finding for the `order`, then the `once` member of the `boot` struct `boot`. */
export function bootDeviceFindings(boot: KeyvalNode): MemberFinding[] {
  if (boot.kind !== 'object') return [];
  for (const name of ['order', 'once']) {
    const node = boot.members.get(name);
    if (node?.kind !== 'string') continue;
    const message = bootDevicesError(node.value);
    if (message === undefined) continue;
    return [{ code: 'boot-device', message, span: node.valueSpan, node }];
  }
  return [];
}
