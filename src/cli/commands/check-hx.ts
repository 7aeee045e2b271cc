/**
 * `qemu-opts check-hx FILE…`: checks `qemu-options.hx` files (see `lint/hx/check-hx.ts`)
 * and prints each finding as `file:line:col: severity: message [code]`. Exit 0 when no file
 * has errors (warnings allowed), 1 when one has, 2 for usage and I/O problems.
 *
 * @module
 */
import { checkHx } from '../../lint/hx/check-hx.js';
import { readTextInput } from '../command-files.js';
import type { CliIo } from '../io.js';
import { formatDiagnosticLine } from './hx-cli-common.js';

const USAGE = 'usage: qemu-opts check-hx FILE...\n';

/** Runs `check-hx`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const bad = args.find((a) => a.startsWith('-') && a !== '-');
  if (args.length === 0 || bad !== undefined) {
    io.stderr(`qemu-opts check-hx: ${bad ? `unknown option '${bad}'` : 'missing FILE'}\n${USAGE}`);
    return 2;
  }
  let errors = false;
  for (const file of args) {
    const text = await readTextInput('check-hx', file, io, 'a .hx file');
    if (text === undefined) return 2;
    for (const d of checkHx(text, file)) {
      io.stdout(formatDiagnosticLine(d));
      if (d.severity === 'error') errors = true;
    }
  }
  return errors ? 1 : 0;
}
