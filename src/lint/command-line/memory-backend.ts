import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { parseSize } from '../../model/values/parse-size.js';
import type { DefinedId } from '../../validator/id-namespaces.js';
import type { WordDiagnostic } from '../../validator/scan-argv.js';
import type { CommandLineInput, CommandLineRule } from '../command-line-rule.js';
import { lastValue, treeString } from '../option-use.js';
import { last, ramSize } from './memory-slots.js';
import { unresolved } from './references.js';
import { appendAll } from '../../util/append-all.js';

/**
 * Memory backends named by `-machine memory-backend=X` and `-numa node,memdev=X`: QEMU
 * resolves them after creating every `-object` (`qemu_resolve_machine_memdev` and
 * `parse_numa_opts` in `vl.c`, 7.2 to 10.2), so the object may be defined anywhere, but it
 * must be a memory backend (`memory-backend-ram`, `-file`, `-memfd` …). Before that QEMU
 * refuses `-mem-path` with a machine backend, and when it creates the machine, an `-m` size
 * other than the backend's (`machine_run_board_init` in `hw/core/machine.c`).
 *
 * @module
 */

/** Whether an object definition is a memory backend. */
const isMemoryBackend = (d: DefinedId): boolean => d.type?.startsWith('memory-backend') ?? false;

/** An error at `span` of `word`. */
function error(word: number, span: SpanDiagnostic['span'], message: string, hint: string):
    WordDiagnostic {
  return { word, diagnostic: { code: 'invalid-combination', severity: 'error', message, span,
    hint } };
}

/** `-m SIZE` that differs from the size of the backend `defined`, when both are known. */
function sizeMismatch(input: CommandLineInput, defined: DefinedId): WordDiagnostic[] {
  const { uses, machine, ctx } = input;
  const memory = uses.filter((u) => u.name === 'm');
  if (machine.has('memory') || memory.some((u) => u.opaque || u.broken || !u.parsed)) return [];
  const size = last(memory, 'size');
  const ram = size && ramSize(size.value, ctx.version);
  const object = uses.find((u) => u.argument === defined.word);
  const text = object && (lastValue(object, 'size') ?? treeString(object, 'size'));
  const backend = text && parseSize('size', text.value, { qemuVersion: ctx.version });
  if (ram === undefined || !backend?.ok || backend.value === ram) return [];
  return [error(size!.use.argument!, size!.span,
    'Machine memory size does not match the size of the memory backend',
    `-m ${size!.value} differs from the size of memory backend '${defined.id}' ` +
    `(${text!.value}); drop -m or give both the same size`)];
}

/** The findings of `-machine memory-backend=`. */
function machineBackend(input: CommandLineInput): WordDiagnostic[] {
  const machine = input.machine.leaf('memory-backend');
  if (machine === undefined) return [];
  const { node, word } = machine;
  const memPath = input.uses.find((u) => u.name === 'mem-path');
  if (memPath) {
    return [error(word, node.valueSpan,
      "'-mem-path' can't be used together with'-machine memory-backend'",
      'give the path to the memory backend object (memory-backend-file,mem-path=…)')];
  }
  const resolution = input.ids.resolve('object', node.value, isMemoryBackend);
  if (resolution.kind === 'found') return sizeMismatch(input, resolution.defined);
  return unresolved(resolution, word, node.valueSpan, `Memory backend '${node.value}' not found`);
}

/** The rule. */
export const memoryBackend: CommandLineRule = (input) => {
  const found = machineBackend(input);
  for (const use of input.uses) {
    if (use.name !== 'numa' || use.broken || use.failed || !use.parsed) continue;
    if ((lastValue(use, 'type')?.value ?? 'node') !== 'node') continue;
    const memdev = lastValue(use, 'memdev');
    if (memdev === undefined) continue;
    const resolution = input.ids.resolve('object', memdev.value, isMemoryBackend);
    appendAll(found, unresolved(resolution, use.argument!, memdev.span,
      `memdev=${memdev.value} is ambiguous`));
  }
  return found;
};
