import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

/**
 * A minimal LSP client for tests: starts `bin/qemu-opts-language-server.mjs` as an editor
 * would (a child process speaking LSP over stdio) and collects what it publishes.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A published set of diagnostics. */
export interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    code: string;
    source: string;
    message: string;
  }>;
}

/** A running server with a client connection to it. */
export class LspClient {
  readonly published: Published[] = [];
  readonly warnings: string[] = [];
  private readonly waiters: Array<() => void> = [];

  private constructor(readonly child: ChildProcess, readonly connection: MessageConnection) {
    connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.warnings.push(p.message);
    });
    connection.listen();
  }

  /** Starts the server and initializes it with `initializationOptions`. */
  static async start(initializationOptions?: unknown): Promise<LspClient> {
    const child = spawn(process.execPath, [join(root, 'bin', 'qemu-opts-language-server.mjs'),
      '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null,
      capabilities: {}, initializationOptions });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Opens a document and waits for its diagnostics. */
  async open(uri: string, text: string, version = 1): Promise<Published> {
    return this.after(uri, version, () => this.connection.sendNotification(
      'textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version, text } }));
  }

  /** Sends a change and waits for the diagnostics of that version. */
  async change(uri: string, version: number, changes: unknown[]): Promise<Published> {
    return this.after(uri, version, () => this.connection.sendNotification(
      'textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes }));
  }

  /** Runs `send`, then waits until diagnostics of `uri` at `version` arrive. */
  async after(uri: string, version: number | undefined, send: () => unknown): Promise<Published> {
    const found = (): Published | undefined => this.published.find((p) =>
      p.uri === uri && (version === undefined || p.version === version));
    await send();
    while (found() === undefined) await new Promise<void>((r) => this.waiters.push(r));
    return found()!;
  }

  /** A request to the server. */
  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Shuts the server down as an editor does; resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((r) => this.child.on('exit', (code) => r(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
