import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { visibleControls } from '../diagnostics/visible-controls.js';
import { BuildFactsError, type QmpAsk } from '../import/binary-facts.js';

/**
 * A QMP conversation with a QEMU process over its standard input and output (`-qmp stdio`):
 * no sockets, nothing but pipes. Node only.
 *
 * @module
 */

/** The arguments that start a QEMU system emulator with nothing but a QMP monitor. */
export const QMP_STDIO_ARGS = ['-machine', 'none', '-nodefaults', '-display', 'none', '-S',
  '-qmp', 'stdio'];

/** A running QEMU with its monitor on stdio. */
export interface QmpSession {
  /** Sends a command and resolves to its `return`. */
  ask: QmpAsk;
  /** Whether the process has ended (the session can take no more commands). */
  exited(): boolean;
  /** Sends `quit` and waits for the process to end (kills it if it does not). */
  close(): Promise<void>;
}

/** A command waiting for its answer. */
interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Starts `binary` with {@link QMP_STDIO_ARGS}, waits for the greeting and enters command
 * mode. Every wait is bounded by `timeoutMs` (the whole session, not each command).
 */
export async function openQmpSession(binary: string, timeoutMs: number): Promise<QmpSession> {
  let child: ChildProcess;
  try {
    // Its own process group, so that a timeout can end whatever it started as well: a
    // wrapper script's children keep the pipes open, and Node would wait for them forever.
    child = spawn(binary, QMP_STDIO_ARGS, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  } catch (e) {
    throw new BuildFactsError(`cannot run '${binary}': ${(e as Error).message}`);
  }
  const pending = new Map<number, Pending>();
  let greeting: Pending | undefined;
  let failure: Error | undefined;
  let stderr = '';
  const fail = (error: Error): void => {
    if (failure) return;
    failure = error;
    greeting?.reject(error);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    clearTimeout(timer);
    killGroup(child);
  };
  const timer = setTimeout(() => fail(new BuildFactsError(
    `'${binary}' did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
  child.on('error', (e) => fail(new BuildFactsError(`cannot run '${binary}': ${e.message}`)));
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
  child.on('exit', (code, signal) => {
    const why = stderr.trim().split('\n')[0] ?? '';
    fail(new BuildFactsError(`'${binary}' exited (${signal ?? `status ${code}`}) before ` +
      `answering${why ? `: ${why}` : ''}`));
  });
  child.stdin!.on('error', () => undefined);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      const start = visibleControls(line.slice(0, 80));
      fail(new BuildFactsError(`'${binary}' wrote something that is not QMP: ${start}`));
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const m = message as Record<string, unknown>;
    if ('QMP' in m && greeting) return greeting.resolve(m.QMP);
    const p = typeof m.id === 'number' ? pending.get(m.id) : undefined;
    if (p === undefined) return; // an event
    pending.delete(m.id as number);
    if ('return' in m) p.resolve(m.return);
    else p.reject(new BuildFactsError(`QMP error: ${JSON.stringify(m.error)}`));
  });

  let nextId = 1;
  const ask: QmpAsk = (command, args) => new Promise((resolve, reject) => {
    if (failure) return reject(failure);
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const request = { execute: command, id, ...(args ? { arguments: args } : {}) };
    child.stdin!.write(`${JSON.stringify(request)}\n`);
  });
  await new Promise((resolve, reject) => { greeting = { resolve, reject }; });
  await ask('qmp_capabilities');
  return {
    ask,
    exited: () => failure !== undefined,
    close: async () => {
      clearTimeout(timer);
      if (failure || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      failure = new BuildFactsError('session closed');
      child.stdin!.end(`${JSON.stringify({ execute: 'quit' })}\n`);
      const killer = setTimeout(() => killGroup(child), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/**
 * Kills `child`'s whole process group (it was spawned detached, so it leads one) and
 * lets go of its pipes, which a grandchild may still hold open.
 */
function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL'); // the group is gone already, or this system has none
  }
  child.stdin?.destroy();
  child.stdout?.destroy();
  child.stderr?.destroy();
}
