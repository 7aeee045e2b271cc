import { compareVersions } from '../catalog/versions.js';
import { parseQemuOpts } from '../model/parse-qemu-opts.js';
import type { LintContext } from './lint-context.js';

/**
 * Which `-netdev` arguments QEMU reads with keyval (spec 3.4): since 7.2, the ones whose
 * `type` (the implied first value or the last `type=`, read as QemuOpts) is `stream` or
 * `dgram`; JSON ones are handled with the other JSON arguments.
 *
 * @module
 */

/** Types whose `-netdev` argument is read by keyval. */
const MODERN_TYPES = new Set(['stream', 'dgram']);

/** Whether QEMU reads the non-JSON `-netdev` argument `text` with keyval. */
export function isModernNetdev(text: string, ctx: LintContext): boolean {
  if (compareVersions(ctx.version, '7.2') < 0) return false;
  const entries = parseQemuOpts(text, { impliedKey: 'type' }).entries;
  const type = entries.filter((e) => e.key === 'type').pop();
  return type !== undefined && MODERN_TYPES.has(type.value);
}
