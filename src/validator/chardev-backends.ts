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

/**
 * A backend's check: QEMU's message when a required parameter is missing or parameters clash;
 * `requested` is the release asked for, where a check was read in one release only.
 */
type BackendCheck = (entries: readonly OptsEntry[], version: string, requested?: string) =>
  string | undefined;

/** A backend that needs `path=`. */
const needsPath = (message: string): BackendCheck => (entries) =>
  get(entries, 'path') === undefined ? message : undefined;

/** `socket`: at most one address kind, and a port with a host. */
const socket: BackendCheck = (entries, version, requested) => {
  const given = ['path', 'fd', 'host'].filter((k) => get(entries, k) !== undefined).length;
  if (given > 1) return "None or one of 'path', 'fd' or 'host' option required.";
  if (get(entries, 'host') !== undefined && get(entries, 'port') === undefined) {
    return 'chardev: socket: no port given';
  }
  if (get(entries, 'delay') !== undefined && get(entries, 'nodelay') !== undefined) {
    return "'delay' and 'nodelay' are mutually exclusive";
  }
  return compareQemuVersions(requested ?? version, '8.0') < 0 ? openSocket72(entries)
    : undefined;
};

/** A bool option as `qemu_opt_get_bool` reads a value the list already accepted. */
const isOn = (value: string | undefined) =>
  value !== undefined && ['on', 'yes', 'true', 'y'].includes(value);

/**
 * What QEMU 7.2 refuses when it opens a socket chardev, before it opens anything
 * (`qmp_chardev_validate_socket`, then, for a client, reading the `fd` of an address that
 * has neither `path` nor `host`). Not judged with `tls-creds` (QEMU looks the object up
 * first). The messages name `reconnect-ms` in 10.x, whose checks are not judged.
 */
function openSocket72(entries: readonly OptsEntry[]): string | undefined {
  if (get(entries, 'tls-creds') !== undefined) return undefined;
  const fdAddress = get(entries, 'path') === undefined && get(entries, 'host') === undefined;
  const reconnect = get(entries, 'reconnect') !== undefined;
  if (fdAddress && reconnect) return "'reconnect' option is incompatible with 'fd' address type";
  if (get(entries, 'tls-authz') !== undefined) {
    return "'tls_authz' option requires 'tls_creds' option";
  }
  if (isOn(get(entries, 'server'))) {
    if (reconnect) {
      return "'reconnect' option is incompatible with socket in server listen mode";
    }
  } else if (isOn(get(entries, 'websocket'))) {
    return 'Websocket client is not implemented';
  } else if (get(entries, 'wait') !== undefined) {
    return "'wait' option is incompatible with socket in client connect mode";
  }
  // A client without reconnect connects at once and cannot read the missing fd (a server
  // on no address is accepted by 7.2).
  if (fdAddress && get(entries, 'fd') === undefined && !isOn(get(entries, 'server')) &&
    !reconnect) return 'Unable to parse FD number ';
  return undefined;
}

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
  requested: string = version,
): SpanDiagnostic[] {
  const check = CHECKS[ALIASES[name] ?? name];
  const message = check?.(entries, version, requested);
  if (message === undefined) return [];
  const code = message.includes('power of two') ? 'invalid-value'
    : /incompatible|exclusive|requires|not implemented|parse FD/.test(message)
    ? 'invalid-combination' : 'missing-parameter';
  return [{ code, severity: 'error', message, span: whole }];
}
