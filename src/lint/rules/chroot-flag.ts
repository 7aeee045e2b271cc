import type { EntryRule } from '../entry-rule.js';

/**
 * A bare `chroot` in `-run-with`: like every flag it means `chroot=on`, so QEMU changes its
 * root to a directory named `on` (relative to where it was started), or fails to.
 *
 * @module
 */

/** The rule. */
export const chrootFlag: EntryRule = ({ list, entry }) => {
  if (list.name !== 'run-with' || entry.key !== 'chroot' || entry.form !== 'flag') return [];
  const value = entry.value;
  return [
    {
      code: 'chroot-flag',
      severity: 'warning',
      message: `QEMU reads this as chroot=${value}: a chroot into a directory named "${value}"`,
      hint: 'write chroot=DIR with the directory QEMU should change its root to',
      span: entry.itemSpan,
    },
  ];
};
