import { isQemuProgram } from '../input/qemu-commands.js';
import type { SourceWord } from '../input/source-word.js';
import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { targetOfProgram } from '../catalog/targets.js';

/**
 * What the program word of an argv or `.args` file says about the lint: a program that is
 * not a QEMU system emulator (`ls -la`), whose arguments are still read as QEMU's, and a
 * `--target` that differs from the one the program's name runs. Both are infos: the lint
 * goes on as asked, and the user learns how it was read.
 *
 * @module
 */

/** The infos about `program` when the lint reads its arguments for target `target`. */
export function programNameNotes(program: SourceWord | undefined, target: string,
  requestedTarget: string | undefined): SpanDiagnostic[] {
  if (program === undefined || program.text === '' || program.substitutions.length > 0) {
    return [];
  }
  const span = program.span;
  if (!isQemuProgram(program.text)) {
    return [{
      code: 'program-name', severity: 'info', span,
      message: `'${program.text}' is not the name of a QEMU system emulator; ` +
        `its arguments are read as those of qemu-system-${target}`,
    }];
  }
  const named = targetOfProgram(program.text);
  if (requestedTarget !== undefined && named !== undefined && named !== requestedTarget) {
    return [{
      code: 'program-name', severity: 'info', span,
      message: `the program runs target ${named}; read as target ${requestedTarget}, ` +
        'as asked',
    }];
  }
  return [];
}
