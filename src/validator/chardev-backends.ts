import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptsEntry } from '../model/qemu-opts-result.js';
import { parseSize } from '../model/values/parse-size.js';
import { compareQemuVersions } from './release.js';

/**
 * What each `-chardev` backend checks when QEMU creates it, after reading every option and
 * before opening anything (each backend's `parse` function in `chardev/`, 7.2 to 10.2): the
 * parameters it requires, with each backend's own words. Also the backend names that exist
 * only in some releases: `tty` and `parport` were aliases of `serial` and `parallel` until
 * 8.0; `hub` came in 10.0 (its checks read from QEMU 10.2's `chardev/char-hub.c`).
 *
 * @module
 */

/** Backend names bound to releases: since (first release with it), removed (first without). */
const NAME_RELEASES: Record<string, { since?: string; removed?: string }> = {
  tty: { removed: '8.0' },
  parport: { removed: '8.0' },
  hub: { since: '10.0' },
};

/** The backend `name` is read as (an alias resolved) in `version`. */
const ALIASES: Record<string, string> = { tty: 'serial', parport: 'parallel' };

/** Whether backend `name` exists in `version` as far as its release bounds say. */
export function backendInRelease(name: string, version: string): boolean {
  const bounds = NAME_RELEASES[name];
  if (bounds === undefined) return true;
  if (bounds.since && compareQemuVersions(version, bounds.since) < 0) return false;
  return !(bounds.removed && compareQemuVersions(version, bounds.removed) >= 0);
}

/** The last value of `key`, as QEMU's `qemu_opt_get` reads it. */
function get(entries: readonly OptsEntry[], key: string): string | undefined {
  let value: string | undefined;
  for (const e of entries) if (e.key === key) value = e.value;
  return value;
}

/** A backend's check: QEMU's message when a required parameter is missing. */
type BackendCheck = (entries: readonly OptsEntry[], version: string) => string | undefined;

/** A backend that needs `path=`. */
const needsPath = (message: string): BackendCheck => (entries) =>
  get(entries, 'path') === undefined ? message : undefined;

/** `socket`: at most one address kind, and a port with a host. */
const socket: BackendCheck = (entries) => {
  const given = ['path', 'fd', 'host'].filter((k) => get(entries, k) !== undefined).length;
  if (given > 1) return "None or one of 'path', 'fd' or 'host' option required.";
  if (get(entries, 'host') !== undefined && get(entries, 'port') === undefined) {
    return 'chardev: socket: no port given';
  }
  return undefined;
};

/** `ringbuf`/`memory`: QEMU reads `size` into a C `int`; 0 means the default of 64 KiB. */
const ringbuf: BackendCheck = (entries, version) => {
  const value = get(entries, 'size');
  const read = value === undefined ? undefined : parseSize('size', value, { qemuVersion: version });
  if (read === undefined || !read.ok) return undefined;
  const size = BigInt.asUintN(64, BigInt.asIntN(32, read.value));
  if (size === 0n || (size & (size - 1n)) === 0n) return undefined;
  return 'size of ringbuf chardev must be power of two';
};

/** The checks, by backend name (after aliases). */
const CHECKS: Record<string, BackendCheck> = {
  file: needsPath('chardev: file: no filename given'),
  serial: needsPath('chardev: serial/tty: no device path given'),
  parallel: needsPath('chardev: parallel: no device path given'),
  pipe: needsPath('chardev: pipe: no device path given'),
  udp: (entries) => (get(entries, 'port') ?? '') === ''
    ? 'chardev: udp: remote port not specified' : undefined,
  socket,
  ringbuf,
  memory: ringbuf,
  mux: (entries) => get(entries, 'chardev') === undefined
    ? 'chardev: mux: no chardev given' : undefined,
  spicevmc: (entries) => get(entries, 'name') === undefined
    ? 'chardev: spice channel: no name given' : undefined,
  spiceport: (entries) => get(entries, 'name') === undefined
    ? 'chardev: spice port: no name given' : undefined,
  hub: (entries) => get(entries, 'chardevs.0') === undefined
    ? "hub: 'chardevs' list is not defined" : undefined,
};

/** The finding for backend `name` of a `-chardev` with `entries`, on `whole`. */
export function checkChardevBackend(
  name: string,
  entries: readonly OptsEntry[],
  version: string,
  whole: Span,
): SpanDiagnostic[] {
  const check = CHECKS[ALIASES[name] ?? name];
  const message = check?.(entries, version);
  if (message === undefined) return [];
  const code = message.includes('power of two') ? 'invalid-value' : 'missing-parameter';
  return [{ code, severity: 'error', message, span: whole }];
}
