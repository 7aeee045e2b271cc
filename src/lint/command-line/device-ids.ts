import type { WordDiagnostic } from '../../validator/scan-argv.js';
import type { CommandLineRule } from '../command-line-rule.js';
import { treeString, type OptionUse } from '../option-use.js';

/**
 * `-device` IDs as QEMU checks them when it creates the devices, after every option and
 * backend (`qemu_create_cli_devices` in `vl.c`, `qdev_set_id` in `qdev-monitor.c`, 7.2 to
 * 10.2): the QemuOpts `-device`s first, then the JSON ones, each in command-line order. Two
 * QemuOpts `-device`s with one ID were refused while QEMU read them (`duplicate-id`); when
 * either is JSON, the one created second is refused with `Duplicate device ID 'X'`, once its
 * driver and bus were found.
 *
 * @module
 */

/** Options that may define devices in a way we do not read. */
const UNREADABLE = new Set(['readconfig', 'set', '']);

/** The ID of a `-device` read cleanly, with whether it is JSON. */
function deviceId(use: OptionUse) {
  if (use.name !== 'device' || use.broken || use.opaque || use.argument === undefined) {
    return undefined;
  }
  const json = use.tree !== undefined;
  const id = json ? treeString(use, 'id') : use.parsed?.id;
  return id === undefined ? undefined : { word: use.argument, id, json };
}

/** The rule. */
export const deviceIds: CommandLineRule = ({ uses }) => {
  if (uses.some((u) => UNREADABLE.has(u.name) || (u.name === 'device' && u.opaque))) return [];
  const devices = uses.flatMap((u) => deviceId(u) ?? []);
  const order = [...devices.filter((d) => !d.json), ...devices.filter((d) => d.json)];
  const taken = new Set<string>();
  const found: WordDiagnostic[] = [];
  for (const device of order) {
    // Two QemuOpts devices never get here: the second was refused while QEMU read it.
    if (device.json && taken.has(device.id.value)) {
      found.push({ word: device.word, diagnostic: { code: 'id-conflict', severity: 'error',
        message: `Duplicate device ID '${device.id.value}'`, span: device.id.span } });
    }
    taken.add(device.id.value);
  }
  return found;
};
