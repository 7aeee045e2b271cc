import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';

/** What one in-process run of `qemu-opts` printed and returned. */
export interface CliRun {
  /** Exit status. */
  status: number;
  /** Standard output. */
  out: string;
  /** Standard error. */
  err: string;
}

/** Runs `qemu-opts ARGS` in this process, with `stdin` as standard input. */
export async function runCli(
  args: string[],
  stdin: string | Uint8Array = '',
  cwd = process.cwd(),
): Promise<CliRun> {
  const io = capturedIo(stdin, cwd);
  const status = await main(args, io);
  return { status, out: io.out, err: io.err };
}
