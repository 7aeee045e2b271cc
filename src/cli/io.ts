import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';

/**
 * What a command may touch of the outside world. The bin passes the real process streams;
 * tests pass collecting writers and a fixed standard input, so commands run in process.
 *
 * @module
 */

/** The streams, standard input and working directory a command runs with. */
export interface CliIo {
  /** Writes text to standard output, as is (add the newline yourself). */
  stdout(text: string): void;
  /** Writes text to standard error, as is. */
  stderr(text: string): void;
  /** Reads the whole of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** The directory relative file names are resolved against. */
  cwd: string;
}

/**
 * A writer to the stream `open()` returns that stops writing, quietly, once the reader has
 * gone away (`EPIPE`, as in `qemu-opts docs | head`): the command still finishes and exits
 * with its status. Nothing to write touches no stream: creating `process.stdout` costs
 * milliseconds of a run that finds nothing to report.
 */
function pipeWriter(open: () => NodeJS.WriteStream): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  let gone = false;
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') throw error;
    gone = true;
  };
  return (text) => {
    if (gone || text === '') return;
    if (stream === undefined) stream = open().on('error', onError);
    try {
      stream.write(text);
    } catch (error) {
      onError(error as NodeJS.ErrnoException);
    }
  };
}

/** The io of this process: its stdout, stderr, stdin and working directory. */
export function processIo(): CliIo {
  return {
    stdout: pipeWriter(() => process.stdout),
    stderr: pipeWriter(() => process.stderr),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
  };
}

/** An io that collects output in strings, for tests and for callers that embed the CLI. */
export interface CapturedIo extends CliIo {
  /** Everything written to stdout so far. */
  out: string;
  /** Everything written to stderr so far. */
  err: string;
}

/** An io whose stdout and stderr are collected and whose stdin is `stdin`. */
export function capturedIo(stdin: string | Uint8Array = '', cwd = process.cwd()): CapturedIo {
  const io: CapturedIo = {
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readStdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin),
    cwd,
  };
  return io;
}

/** Reads `name` (relative to `io.cwd`), or standard input for `-`. Throws on I/O errors. */
export async function readInput(name: string, io: CliIo): Promise<Uint8Array> {
  if (name === '-') return io.readStdin();
  return readFile(isAbsolute(name) ? name : resolve(io.cwd, name));
}
