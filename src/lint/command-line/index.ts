import type { CommandLineRule } from '../command-line-rule.js';
import { accelerators } from './accelerators.js';
import { accelProperties } from './accel-properties.js';
import { addFd } from './add-fd.js';
import { fwCfgItems } from './fw-cfg-items.js';
import { logOptions } from './log-options.js';
import { backendChardev } from './backend-chardev.js';
import { machineProperties } from './machine-properties.js';
import { mergedLists } from './merged-lists.js';
import { blockdevReferences } from './blockdev-references.js';
import { machinePflash } from './machine-pflash.js';
import { blockNodeNames } from './block-node-names.js';
import { nullBlockSize } from './null-block-size.js';
import { chardevFrontends } from './chardev-frontends.js';
import { netdevReferences } from './netdev-references.js';
import { netdevIds } from './netdev-ids.js';
import { objectIds } from './object-ids.js';
import { deviceChardev } from './device-chardev.js';
import { memoryBackend } from './memory-backend.js';
import { memorySlots } from './memory-slots.js';
import { monitorChardev } from './monitor-chardev.js';
import { muxChardev } from './mux-chardev.js';
import { cpuModel } from './cpu-model.js';
import { devices } from './devices.js';
import { serialCharDrivers } from './serial-char-drivers.js';
import { deviceIds } from './device-ids.js';
import { fsdevLocal } from './fsdev-local.js';
import { globalDrivers } from './global-drivers.js';
import { kernelOptions } from './kernel-options.js';
import { vgaType } from './vga-type.js';
import { stdioChardevs } from './stdio-chardevs.js';

/**
 * Every whole-command-line rule, run once per invocation after every option was read.
 *
 * @module
 */

/**
 * The rules, by name. The first three keep the order qemu-opts has always reported in; the
 * others follow the order QEMU makes their checks (7.2 to 10.2).
 */
export const COMMAND_LINE_RULES: Record<string, CommandLineRule> = {
  'accelerators': accelerators,
  'machine-properties': machineProperties,
  'merged-lists': mergedLists,
  'kernel-options': kernelOptions,
  'vga-type': vgaType,
  'accel-properties': accelProperties,
  'add-fd': addFd,
  'log-options': logOptions,
  'object-ids': objectIds,
  'mux-chardev': muxChardev,
  'stdio-chardevs': stdioChardevs,
  'fsdev-local': fsdevLocal,
  'blockdev-references': blockdevReferences,
  'block-node-names': blockNodeNames,
  'null-block-size': nullBlockSize,
  'memory-slots': memorySlots,
  'netdev-ids': netdevIds,
  'netdev-references': netdevReferences,
  'backend-chardev': backendChardev,
  'monitor-chardev': monitorChardev,
  'serial-char-drivers': serialCharDrivers,
  'chardev-frontends': chardevFrontends,
  'device-chardev': deviceChardev,
  'memory-backend': memoryBackend,
  'machine-pflash': machinePflash,
  'cpu-model': cpuModel,
  'global-drivers': globalDrivers,
  'devices': devices,
  'device-ids': deviceIds,
  'fw-cfg-items': fwCfgItems,
};
