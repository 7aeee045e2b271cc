import type { EntryRule } from '../entry-rule.js';
import { chrootFlag } from './chroot-flag.js';
import { userNotPortable } from './user-not-portable.js';

/**
 * Every entry rule, run on each entry of every QemuOpts argument.
 *
 * @module
 */

/** The entry rules, by their id. */
export const ENTRY_RULES: Record<string, EntryRule> = {
  'chroot-flag': chrootFlag,
  'user-not-portable': userNotPortable,
};
