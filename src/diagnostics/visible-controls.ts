/**
 * Control characters made visible for a terminal: text read from a user's file is printed
 * in messages and excerpts, and a raw ESC there would drive the terminal (set its title,
 * clear the screen) instead of showing what the file holds.
 *
 * @module
 */

/** C0 controls other than tab, DEL, and the C1 controls U+0080 to U+009F. */
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

/** `ch` as printed: `\x1b` for ESC, `\x9b` for CSI, and so on. */
function escapeControl(ch: string): string {
  return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/**
 * `text` with every control character but tab written as `\xNN`. Tabs stay, so excerpts
 * keep their layout; line feeds are escaped too, so call it on one line at a time.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, escapeControl);
}

/** Control characters other than tab and line feed. */
const CONTROL_BUT_NEWLINE = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Like {@link visibleControls} for text of several lines: line feeds stay as they are. */
export function visibleControlsInLines(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, escapeControl);
}
