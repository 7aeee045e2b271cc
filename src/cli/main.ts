import pkg from '../../package.json' with { type: 'json' };
import { processIo, type CliIo } from './io.js';
import { visibleControlsInLines } from '../diagnostics/visible-controls.js';

/**
 * The `qemu-opts` command: the command table, global `--help`/`--version` and dispatch.
 * Each command lives in `commands/<name>.ts` and is imported only when it runs, so the
 * bundle still starts fast while the table stays in one place.
 *
 * @module
 */

/** A module in `commands/`: runs one command and returns its exit status. */
export interface CommandModule {
  /** Runs the command with the words after its name. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** One row of the command table. */
interface CommandEntry {
  /** One line for the usage text. */
  summary: string;
  /** Imports the command's module (a literal path, so esbuild can bundle it). */
  load: () => Promise<CommandModule>;
}

/** Every command, by name. Helpers add their rows here. */
const COMMANDS: Record<string, CommandEntry> = {
  lint: {
    summary: 'check QEMU command lines in files, on standard input, or given after --',
    load: () => import('./commands/lint.js'),
  },
  help: {
    summary: "print QEMU's help for one option, or the option part of -help",
    load: () => import('./commands/help.js'),
  },
  'import-hx': { summary: 'import a .hx file', load: () => import('./commands/import-hx.js') },
  'import-qmp': {
    summary: 'import parameter lists from a query-command-line-options reply',
    load: () => import('./commands/import-qmp.js'),
  },
  'import-binary': {
    summary: 'build facts (devices, machines, CPUs) from a QEMU binary, asked over QMP',
    load: () => import('./commands/import-binary.js'),
  },
  'check-hx': { summary: 'check a .hx file', load: () => import('./commands/check-hx.js') },
  docs: { summary: 'option docs as rST', load: () => import('./commands/docs.js') },
  parse: { summary: 'show how QEMU reads a string', load: () => import('./commands/parse.js') },
};

/** Exit status for a usage or I/O problem. */
export const EXIT_USAGE = 2;

/**
 * Exit status when qemu-opts itself fails (a bug: an exception no command expected), as
 * sysexits.h's `EX_SOFTWARE`: distinct from 1 (findings) and 2 (usage or input).
 */
export const EXIT_INTERNAL = 70;

/** The one line printed for an internal error: its kind and message, never a stack. */
export function internalErrorLine(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const short = what.replace(/\s+/g, ' ').slice(0, 300);
  return `qemu-opts: internal error (${short}); please report it with the command that ` +
    'caused it\n';
}

/** The usage text listing every command. */
function usage(): string {
  const width = Math.max(0, ...Object.keys(COMMANDS).map((n) => n.length));
  const rows = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}\n`,
  );
  return (
    'usage: qemu-opts COMMAND [OPTIONS] [ARG...]\n' +
    '       qemu-opts --help | --version\n\n' +
    'Commands:\n' +
    rows.join('') +
    '\nRun `qemu-opts COMMAND --help` for the options of one command.\n'
  );
}

/**
 * Runs the `qemu-opts` command line `argv` (without node and script) and returns the exit
 * status: 0 success, 1 problems found, 2 usage or I/O error, 70 internal error (a bug,
 * reported in one line on stderr).
 */
export async function main(argv: string[], given: CliIo = processIo()): Promise<number> {
  // Messages echo file names, arguments and bytes from the user's files: their control
  // characters are shown (`\x1b`), never sent to the terminal.
  const io: CliIo = Object.assign(Object.create(given) as CliIo,
    { stderr: (text: string) => given.stderr(visibleControlsInLines(text)) });
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h') {
    io.stdout(usage());
    return 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`qemu-opts ${pkg.version}\n`);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (entry === undefined) {
    io.stderr(`qemu-opts: unknown command '${name}'\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    const command = await entry.load();
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(internalErrorLine(error));
    return EXIT_INTERNAL;
  }
}
