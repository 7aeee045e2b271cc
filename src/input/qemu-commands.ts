import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { splitShell, type SplitMode } from './shell-splitter.js';
import type { SourceCommand, SourceWord } from './source-word.js';
import { programIndex } from './program-word.js';

/**
 * Finding the commands in a script or `.args` file that run a QEMU system emulator.
 *
 * @module
 */

/** A QEMU invocation found in a text. */
export interface QemuInvocation {
  /** The whole simple command it is part of (wrappers such as `sudo` or `exec` included). */
  command: SourceCommand;
  /** The emulator's argv: the program word first, then its arguments. */
  argv: SourceWord[];
}

/** The QEMU invocations in a text, and what could not be read. */
export interface ReadInvocations {
  /** Each QEMU command, in order. */
  invocations: QemuInvocation[];
  /** Shell syntax problems and, when there is no QEMU command, an info saying so. */
  diagnostics: SpanDiagnostic[];
}

/** Program names of QEMU system emulators: `qemu-system-ARCH` and `qemu-kvm`. */
const QEMU_PROGRAM = /^(qemu-system-[A-Za-z0-9_]+|qemu-kvm)(\.exe)?$/;

/** Whether `word` names a QEMU system emulator (a bare name or a path ending in one). */
export function isQemuProgram(word: string): boolean {
  const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1);
  return QEMU_PROGRAM.test(base);
}

/** Whether `word` is written without substitutions and names a QEMU system emulator. */
function isQemuProgramWord(word: SourceWord): boolean {
  return word.substitutions.length === 0 && isQemuProgram(word.text);
}

/**
 * Reads the QEMU invocations of `text`. In `script` mode each command whose program (after
 * wrappers such as `exec`, `sudo`, `env`, `taskset -c 1`) is a QEMU system emulator counts;
 * in `args` mode the whole file is one command whose first word after the environment
 * assignments is the emulator, whatever it is called.
 */
export function readQemuInvocations(text: string, mode: SplitMode): ReadInvocations {
  const split = splitShell(text, mode);
  const invocations: QemuInvocation[] = [];
  for (const command of split.commands) {
    // Only the program counts: `echo qemu-system-x86_64 …` prints, it runs no QEMU.
    const program = programIndex(command.words);
    const at = mode === 'args' ? 0 : program >= 0 && isQemuProgramWord(command.words[program])
      ? program
      : -1;
    if (at >= 0 && at < command.words.length) {
      invocations.push({ command, argv: command.words.slice(at) });
    }
  }
  const diagnostics = [...split.diagnostics];
  if (invocations.length === 0 && split.diagnostics.length === 0) {
    diagnostics.push({
      code: 'no-qemu-command',
      severity: 'info',
      message: 'no QEMU command found (no qemu-system-* or qemu-kvm program)',
      span: { start: 0, end: 0 },
    });
  }
  return { invocations, diagnostics };
}
