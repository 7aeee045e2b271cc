import { compareVersions } from '../catalog/versions.js';

/**
 * The short chardev forms of `-monitor`, `-qmp`, `-serial`, `-parallel` and `-debugcon`
 * (`qemu_chr_parse_compat` in `chardev/char.c`, 7.2 to 10.2): after an optional `mon:`, the
 * argument must be one of a few backend names or start with a known prefix, or QEMU stops
 * with `'X' is not a valid char driver` (X without its `mon:`), followed by the option's own
 * words (`parse error: ARG` for a monitor), which the finding reports with the reason as
 * hint. What follows a prefix is read later and not judged here. `pty:` is a prefix in
 * 10.x, not in 7.2.
 *
 * @module
 */

/** Arguments QEMU takes as they are. */
const NAMES = new Set(['null', 'pty', 'msmouse', 'wctablet', 'braille', 'testdev', 'stdio',
  'con:']);

/** Prefixes QEMU reads further. */
const PREFIXES = ['vc', 'COM', 'file:', 'pipe:', 'tcp:', 'telnet:', 'tn3270:', 'websocket:',
  'udp:', 'unix:', '/dev/'];

/** QEMU's message for the short chardev form `text` in `version`, if it has no driver. */
export function compatCharDriverError(text: string, version: string): string | undefined {
  const filename = text.startsWith('mon:') ? text.slice('mon:'.length) : text;
  if (NAMES.has(filename) || PREFIXES.some((p) => filename.startsWith(p))) return undefined;
  // pty: came between 7.2 and 10.0; for the releases between, say nothing.
  if (filename.startsWith('pty:') && compareVersions(version, '8.0') >= 0) return undefined;
  return `'${filename}' is not a valid char driver`;
}
