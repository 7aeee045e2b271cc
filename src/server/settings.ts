import { checkBuildSettings, QemuOptsUsageError } from '../api/usage-error.js';
import type { LintSettings } from '../validator/lint-context.js';

/**
 * The language server's settings: which QEMU build the open documents are checked against.
 * A client sends them as `initializationOptions` or in `workspace/didChangeConfiguration`
 * under the section `qemuOpts`; fields left out keep the linter's defaults.
 *
 * @module
 */

/** How many diagnostics a document shows by default (editors cannot show 500,000 anyway). */
export const DEFAULT_MAX_DIAGNOSTICS = 1000;

/** Settings read from a client, and what was wrong with the ones that were dropped. */
export interface ResolvedSettings {
  /** The settings that lint will use. */
  lint: LintSettings;
  /**
   * The most diagnostics published for one document (`maxDiagnostics`); past it, lint stops
   * and one more diagnostic says from where on nothing is shown.
   */
  maxDiagnostics: number;
  /** One line per setting that could not be used (it is then left at its default). */
  problems: string[];
}

const FIELDS = ['qemuVersion', 'host', 'target'] as const;

/** The `maxDiagnostics` setting: a positive integer, else a problem and the default. */
function maxDiagnosticsOf(value: unknown, problems: string[]): number {
  if (value === undefined || value === null) return DEFAULT_MAX_DIAGNOSTICS;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  problems.push(`maxDiagnostics ${JSON.stringify(value)} is not a positive integer; ` +
    `using the default (${DEFAULT_MAX_DIAGNOSTICS})`);
  return DEFAULT_MAX_DIAGNOSTICS;
}

/**
 * Reads `{ qemuVersion, host, target, maxDiagnostics }` from what a client sent (any JSON
 * value). A bad field is dropped and described in `problems`, so one typo in an editor's
 * settings never stops the checking of documents.
 */
export function resolveSettings(raw: unknown): ResolvedSettings {
  const lint: Record<string, unknown> = {};
  const problems: string[] = [];
  const maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;
  if (raw === undefined || raw === null) return { lint, maxDiagnostics, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { lint, maxDiagnostics,
      problems: ['qemu-opts settings must be an object; using the defaults'] };
  }
  for (const field of FIELDS) {
    const value = (raw as Record<string, unknown>)[field];
    if (value === undefined || value === null || value === '') continue;
    try {
      checkBuildSettings('settings', { [field]: value });
      lint[field] = value;
    } catch (error) {
      if (!(error instanceof QemuOptsUsageError)) throw error;
      problems.push(`${error.message}; using the default`);
    }
  }
  const max = maxDiagnosticsOf((raw as Record<string, unknown>).maxDiagnostics, problems);
  return { lint: lint as LintSettings, maxDiagnostics: max, problems };
}

/** The `qemuOpts` section of a `workspace/didChangeConfiguration` payload, if any. */
export function settingsSection(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return undefined;
  return (payload as { qemuOpts?: unknown }).qemuOpts;
}
