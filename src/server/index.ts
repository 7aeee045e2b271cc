/**
 * The language server entry (`qemu-opts/server`): start it on a connection of your own, or
 * use its parts (diagnostics, code actions, hover, completion) in another LSP host.
 *
 * @module
 */
export { startLanguageServer } from './start-server.js';
export { main } from './main.js';
export { resolveSettings, settingsSection } from './settings.js';
export type { ResolvedSettings } from './settings.js';
export { documentDiagnostics, toLspDiagnostic, DIAGNOSTIC_SOURCE } from './document-diagnostics.js';
export { codeActions, FIX_ALL_KIND } from './code-actions.js';
export { hoverFor } from './hover.js';
export { completionsFor } from './completion.js';
export type { RangeOf } from './completion.js';
export { cursorContext } from './cursor-context.js';
export type { CursorContext, OptionAtCursor, ArgumentAtCursor } from './cursor-context.js';
export { documentMode } from './document-mode.js';
export { LintScheduler } from './lint-jobs.js';
export type { LintJob, LintReply, LintRunner, LintSink } from './lint-jobs.js';
export { workerLintRunner } from './worker-runner.js';
export { commandWindow, WHOLE_TEXT_LIMIT } from './command-window.js';
export type { TextWindow } from './command-window.js';
