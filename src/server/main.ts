import { createConnection } from 'vscode-languageserver/node';
import { startLanguageServer } from './start-server.js';
import { workerLintRunner } from './worker-runner.js';

/**
 * Starts the qemu-opts language server on standard input and output (the
 * `qemu-opts-language-server` program). Editors start it as a child process and speak LSP
 * over its stdio; `--stdio`, which many clients pass, is accepted and changes nothing.
 *
 * @module
 */

/**
 * Runs the server over this process's stdin and stdout until the client exits it or stdin
 * ends (even in the middle of a message). As LSP asks, the process then exits with 0 when
 * a `shutdown` request came first and 1 otherwise; `shutdown` stops the lint worker
 * whatever it is doing, so it is answered at once.
 */
export function main(): void {
  // Given streams (not a reader and writer), the connection exits the process when stdin
  // ends or closes.
  const connection = createConnection(process.stdin, process.stdout);
  const runner = workerLintRunner();
  connection.onShutdown(() => runner.close());
  connection.onExit(() => void runner.close());
  startLanguageServer(connection, runner.run);
}
