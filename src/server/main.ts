import { createConnection, StreamMessageReader, StreamMessageWriter } from
  'vscode-languageserver/node';
import { startLanguageServer } from './start-server.js';
import { workerLintRunner } from './worker-runner.js';

/**
 * Starts the qemu-opts language server on standard input and output (the
 * `qemu-opts-language-server` program). Editors start it as a child process and speak LSP
 * over its stdio; `--stdio`, which many clients pass, is accepted and changes nothing.
 *
 * @module
 */

/** Runs the server over this process's stdin and stdout until the client exits it. */
export function main(): void {
  const connection = createConnection(new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout));
  const runner = workerLintRunner();
  connection.onExit(() => void runner.close());
  startLanguageServer(connection, runner.run);
}
