import type { BuildFacts } from '../catalog/build-facts.js';
import { BuildFactsError, collectBuildFacts, type QmpAsk } from '../import/binary-facts.js';
import { openQmpSession } from './qmp-stdio.js';

/**
 * Importing the build facts of a QEMU system emulator binary by running it (Node only).
 *
 * @module
 */

/** How many times a binary may exit during one import before it counts as broken. */
const MAX_RESTARTS = 20;

/** How {@link importBinaryFacts} runs the binary. */
export interface ImportBinaryOptions {
  /** The limit for the whole conversation, in milliseconds (default 60 000). */
  timeoutMs?: number;
}

/**
 * Runs `binary` (a `qemu-system-*` path) with its monitor on stdio and returns what it
 * reports about itself. Rejects with a `BuildFactsError` when it cannot be run, answers
 * badly, or takes longer than the limit.
 *
 * @since 0.1.0
 */
export async function importBinaryFacts(binary: string, options: ImportBinaryOptions = {}):
    Promise<BuildFacts> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let session = await openQmpSession(binary, deadline - Date.now());
  let restarts = 0;
  // A type whose module is missing makes QEMU exit while it lists the type's properties:
  // that one query fails, and the next one runs in a new process.
  const ask: QmpAsk = async (command, args) => {
    if (session.exited()) {
      if (++restarts > MAX_RESTARTS) throw new BuildFactsError(`'${binary}' keeps exiting`);
      session = await openQmpSession(binary, deadline - Date.now());
    }
    return session.ask(command, args);
  };
  try {
    return await collectBuildFacts(ask);
  } finally {
    await session.close();
  }
}
