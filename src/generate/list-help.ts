import { QemuOptsUsageError, requireArray } from '../api/usage-error.js';
import type { Param, ParamType } from '../catalog/types.js';

/**
 * The listing QEMU prints for `-OPTION help` on a QemuOpts list (`qemu_opts_print_help`,
 * spec 6.3): a caption with the internal list name, one line per parameter, sorted by
 * plain byte comparison of the whole lines.
 *
 * @module
 */

/** The type word QEMU prints for each parameter type. */
const TYPE_WORDS: Record<ParamType, string> = {
  string: 'str',
  bool: 'bool (on/off)',
  number: 'num',
  size: 'size',
};

/** Width the `  name=<type>` part is padded to before ` - help`. */
const HELP_COLUMN = 24;

/** One parameter's line: `  name=<type>`, padded, then ` - help` when it has help text. */
function paramLine(param: Param): string {
  const head = `  ${param.name}=<${TYPE_WORDS[param.type]}>`;
  return param.help === undefined ? head : `${head.padEnd(HELP_COLUMN)} - ${param.help}`;
}

/** Compares two strings by their UTF-8 bytes, as C's `strcmp` does. */
function compareBytes(a: string, b: string): number {
  const encoder = new TextEncoder();
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] - y[i];
  }
  return x.length - y.length;
}

/**
 * The `help` listing of list `listName` with the parameters of one build (`params`, in any
 * order), every line ending in a newline. An unnamed list is captioned `Options:`.
 */
export function formatListHelp(listName: string | undefined, params: readonly Param[]): string {
  if (listName !== undefined && typeof listName !== 'string') {
    throw new QemuOptsUsageError('formatListHelp', 'listName', listName, 'a string or undefined');
  }
  requireArray('formatListHelp', 'params', params);
  params.forEach((param, i) => {
    const p = param as Partial<Param> | null;
    if (typeof p !== 'object' || p === null || typeof p.name !== 'string' ||
      !Object.hasOwn(TYPE_WORDS, p.type ?? '') ||
      (p.help !== undefined && typeof p.help !== 'string')) {
      throw new QemuOptsUsageError('formatListHelp', `params[${i}]`, param,
        'a parameter {name, type, help?}');
    }
  });
  if (params.length === 0) {
    return listName ? `There are no options for ${listName}.\n` : 'No options available.\n';
  }
  const lines = params.map(paramLine).sort(compareBytes);
  const caption = listName ? `${listName} options:` : 'Options:';
  return [caption, ...lines].map((l) => `${l}\n`).join('');
}
