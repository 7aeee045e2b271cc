import type { CommandLineRule } from '../command-line-rule.js';
import { addFd } from './add-fd.js';
import { blockdevReferences } from './blockdev-references.js';
import { netdevReferences } from './netdev-references.js';
import { deviceChardev } from './device-chardev.js';
import { memoryBackend } from './memory-backend.js';
import { memorySlots } from './memory-slots.js';
import { monitorChardev } from './monitor-chardev.js';
import { muxChardev } from './mux-chardev.js';

/**
 * Every whole-command-line rule, run once per invocation after every option was read.
 *
 * @module
 */

/** The rules, by name, in the order QEMU makes their checks (7.2 to 10.2). */
export const COMMAND_LINE_RULES: Record<string, CommandLineRule> = {
  'add-fd': addFd,
  'mux-chardev': muxChardev,
  'blockdev-references': blockdevReferences,
  'memory-slots': memorySlots,
  'netdev-references': netdevReferences,
  'monitor-chardev': monitorChardev,
  'device-chardev': deviceChardev,
  'memory-backend': memoryBackend,
};
