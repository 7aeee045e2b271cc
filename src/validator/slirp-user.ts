/**
 * What QEMU checks when it creates a `user` (slirp) network backend from a `-netdev user`,
 * `-nic user` or `-net user` (`net_init_slirp`, `net_slirp_init` and `slirp_hostfwd` in
 * `net/slirp.c`, the same in 7.2 and 10.2), on the last value of each key as QEMU's options
 * visitor reads it:
 *
 * - IPv4 is off with `ipv4=off`, or with `ipv6=on` and no `ipv4`; IPv6 likewise. IPv4 off
 *   with `net`, `ip`, `host` or `dns` is `IPv4 disabled but netmask/host/dns provided`; IPv6
 *   off with `ipv6-prefix`, `ipv6-host` or `ipv6-dns` is `IPv6 disabled but
 *   prefix/host6/dns6 provided`; both off is `IPv4 and IPv6 disabled`.
 * - Each `hostfwd` rule `[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT`, in order, once
 *   the backend is made: `Invalid host forwarding rule 'R' (REASON)`. Only when the backend
 *   has no key whose reading could fail first (addresses, prefixes, files), and only reasons
 *   surely decided: an address other than empty or a dotted quad is not judged.
 *
 * @module
 */

/** The last value of each key. */
type Values = ReadonlyMap<string, string>;

/** QEMU's reading of a bool member the visitor accepted. */
const isOn = (value: string) => ['on', 'yes', 'true', 'y'].includes(value);

/** The error of the address checks, if any. */
function addressError(values: Values): string | undefined {
  const ipv4Given = values.get('ipv4');
  const ipv6Given = values.get('ipv6');
  const ipv4 = !((ipv6Given !== undefined && isOn(ipv6Given) && ipv4Given === undefined) ||
    (ipv4Given !== undefined && !isOn(ipv4Given)));
  const ipv6 = !((ipv4Given !== undefined && isOn(ipv4Given) && ipv6Given === undefined) ||
    (ipv6Given !== undefined && !isOn(ipv6Given)));
  const any = (keys: string[]) => keys.some((k) => values.has(k));
  if (!ipv4 && any(['net', 'ip', 'host', 'dns'])) {
    return 'IPv4 disabled but netmask/host/dns provided';
  }
  if (!ipv6 && any(['ipv6-prefix', 'ipv6-host', 'ipv6-dns'])) {
    return 'IPv6 disabled but prefix/host6/dns6 provided';
  }
  return !ipv4 && !ipv6 ? 'IPv4 and IPv6 disabled' : undefined;
}

/** Keys whose reading cannot fail between the address checks and the forwarding rules. */
const QUIET_KEYS = new Set(['type', 'id', 'hostfwd', 'restrict', 'ipv4', 'ipv6', 'hostname',
  'domainname', 'model', 'mac']);

/** What C `strtol(text, &end, 0)` reads when it reads all of `text`, else undefined. */
function wholeLong(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))?$/.exec(text);
  if (m === null) return undefined;
  const digits = m[2] !== undefined ? parseInt(m[2], 16) : m[3] !== undefined
    ? parseInt(m[3], 8) : m[4] !== undefined ? Number(m[4]) : 0;
  // Nothing read at all (an empty text) leaves end at the start: all of "" is read as 0.
  if (m[2] === undefined && m[3] === undefined && m[4] === undefined && text !== '') {
    return undefined;
  }
  return m[1] === '-' ? -digits : digits;
}

/** Whether `text` is an address `inet_aton` surely reads (empty means none given). */
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const DOTTED_QUAD = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
const plainAddress = (text: string) => text === '' || DOTTED_QUAD.test(text);

/** The reason QEMU refuses the forwarding rule `rule`; null when not judged; '' when taken. */
export function hostfwdReason(rule: string): string | null {
  const parts = rule.split(':');
  if (parts.length < 2) return 'No : separators';
  const [protocol, rest] = [parts[0], rule.slice(parts[0].length + 1)];
  if (protocol.length > 255 || rule.length > 255) return null;
  if (!['tcp', 'udp', ''].includes(protocol)) return 'Bad protocol name';
  const colon = rest.indexOf(':');
  if (colon < 0) return 'Missing : separator';
  const hostAddress = rest.slice(0, colon);
  if (!plainAddress(hostAddress)) return null;
  const afterHost = rest.slice(colon + 1);
  const dash = afterHost.indexOf('-');
  if (dash < 0) return 'Bad host port separator';
  const hostPort = wholeLong(afterHost.slice(0, dash));
  if (hostPort === undefined || hostPort < 0 || hostPort > 65535) return 'Bad host port';
  const guest = afterHost.slice(dash + 1);
  const guestColon = guest.indexOf(':');
  if (guestColon < 0) return 'Missing guest address';
  if (!plainAddress(guest.slice(0, guestColon))) return null;
  const guestPort = wholeLong(guest.slice(guestColon + 1));
  if (guestPort === undefined || guestPort < 1 || guestPort > 65535) return 'Bad guest port';
  return '';
}

/**
 * QEMU's error when it creates the `user` backend read as `values` (last value per key) with
 * the forwarding rules `hostfwd` in order, if it surely refuses it.
 */
export function slirpUserError(values: Values, hostfwd: readonly string[]): string | undefined {
  const address = addressError(values);
  if (address !== undefined) return address;
  if ([...values.keys()].some((k) => !QUIET_KEYS.has(k))) return undefined;
  for (const rule of hostfwd) {
    const reason = hostfwdReason(rule);
    if (reason === null) return undefined;
    if (reason !== '') return `Invalid host forwarding rule '${rule}' (${reason})`;
  }
  return undefined;
}
