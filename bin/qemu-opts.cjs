#!/usr/bin/env node
'use strict';
// The qemu-opts command: the bundled CLI, loaded with its code cache (see cli-loader.cjs).
// An exception that escapes the CLI (a bug) ends the run with one line on stderr and exit
// status 70 (EX_SOFTWARE), not Node's stack trace with a line of minified bundle: status 1
// means "findings" and 2 "usage or input error".
const EXIT_INTERNAL = 70;

/** Prints one line for `error` and ends the process with EXIT_INTERNAL. */
function crash(error) {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const short = what.replace(/\s+/g, ' ').replace(/[\x00-\x1f\x7f-\x9f]/g, '?').slice(0, 300);
  process.stderr.write(
    `qemu-opts: internal error (${short}); please report it with the command that caused it\n`,
  );
  process.exit(EXIT_INTERNAL);
}

process.on('uncaughtException', crash);
try {
  const { loadCli } = require('./cli-loader.cjs');
  loadCli()
    .cli.main(process.argv.slice(2))
    .then((status) => {
      process.exitCode = status;
    }, crash);
} catch (error) {
  crash(error);
}
