import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';

/**
 * Turning a file's bytes into text, or saying why they are not a command line.
 *
 * @module
 */

/** The text of a file, or the diagnostic that says why there is none. */
export type DecodedText =
  | { ok: true; text: string }
  /** `text` is the lossy decoding, for turning the diagnostic's offsets into positions. */
  | { ok: false; diagnostic: SpanDiagnostic; text: string };

/**
 * Decodes UTF-8 `bytes`; NUL bytes or invalid UTF-8 give an `unreadable-input` error.
 * `what` names what the file should have been, for the message.
 */
export function decodeText(bytes: Uint8Array, what = 'a command line'): DecodedText {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const nul = text.indexOf('\0');
  if (nul >= 0) return refuse(`binary file: not ${what} (it contains NUL bytes)`, nul, text);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not UTF-8 text', Math.max(0, text.indexOf('\uFFFD')), text);
  }
  return { ok: true, text };
}

/** An `unreadable-input` error at offset `at`. */
function refuse(message: string, at: number, text: string): DecodedText {
  const span = { start: at, end: at + 1 };
  const diagnostic: SpanDiagnostic = { code: 'unreadable-input', severity: 'error', message, span };
  return { ok: false, diagnostic, text };
}
