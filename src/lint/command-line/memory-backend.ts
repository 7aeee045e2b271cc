import type { CommandLineRule } from '../command-line-rule.js';
import type { DefinedId } from '../../validator/id-namespaces.js';
import { lastValue } from '../option-use.js';
import { unresolved } from './references.js';

/**
 * Memory backends named by `-machine memory-backend=X` and `-numa node,memdev=X`: QEMU
 * resolves them after creating every `-object` (`qemu_resolve_machine_memdev` and
 * `parse_numa_opts` in `vl.c`, 7.2 to 10.2), so the object may be defined anywhere, but it
 * must be a memory backend (`memory-backend-ram`, `-file`, `-memfd` …).
 *
 * @module
 */

/** Whether an object definition is a memory backend. */
const isMemoryBackend = (d: DefinedId): boolean => d.type?.startsWith('memory-backend') ?? false;

/** The rule. */
export const memoryBackend: CommandLineRule = (input) => {
  const found = [];
  const machine = input.machine.leaf('memory-backend');
  if (machine) {
    const { node, word } = machine;
    const resolution = input.ids.resolve('object', node.value, isMemoryBackend);
    found.push(...unresolved(resolution, word, node.valueSpan,
      `Memory backend '${node.value}' not found`));
  }
  for (const use of input.uses) {
    if (use.name !== 'numa' || use.broken || use.failed || !use.parsed) continue;
    if ((lastValue(use, 'type')?.value ?? 'node') !== 'node') continue;
    const memdev = lastValue(use, 'memdev');
    if (memdev === undefined) continue;
    const resolution = input.ids.resolve('object', memdev.value, isMemoryBackend);
    found.push(...unresolved(resolution, use.argument!, memdev.span,
      `memdev=${memdev.value} is ambiguous`));
  }
  return found;
};
