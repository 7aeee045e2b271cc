/**
 * Host profiles: which build macros a QEMU built for each host operating system defines.
 *
 * Only macros that follow from the host are listed. Feature macros (`CONFIG_SPICE`,
 * `CONFIG_SLIRP`, …) depend on how a build was configured, not on the host, so they are
 * left unknown, and a condition that turns on them is treated as "may be there".
 *
 * @module
 */

/** The hosts `--host` accepts. */
export const HOSTS = [
  'linux',
  'freebsd',
  'darwin',
  'netbsd',
  'openbsd',
  'windows',
  'emscripten',
] as const;

/** A host operating system QEMU is built for. */
export type Host = (typeof HOSTS)[number];

/** What a host profile says about each macro: defined, not defined, or unknown. */
export interface HostProfile {
  /** The host. */
  host: Host;
  /** Macros a build for this host defines. */
  defined: ReadonlySet<string>;
  /** Macros a build for this host never defines (host macros of other systems). */
  undefined: ReadonlySet<string>;
}

/** Every host-determined macro seen in `qemu-options.hx` and the option tables. */
const HOST_MACROS = [
  'CONFIG_POSIX', 'CONFIG_LINUX', 'CONFIG_BSD', 'CONFIG_DARWIN', 'CONFIG_WIN32', '_WIN32',
  'EMSCRIPTEN', '__linux__', '__FreeBSD__', '__NetBSD__', '__OpenBSD__', '__DragonFly__',
  '__APPLE__', '__sun__', 'CONFIG_SOLARIS', 'CONFIG_VMNET', 'CONFIG_COCOA',
  'CONFIG_AUDIO_COREAUDIO', 'CONFIG_AUDIO_DSOUND', 'CONFIG_AUDIO_ALSA', 'CONFIG_AF_XDP',
  'CONFIG_NETMAP',
];

/**
 * Macros each host defines. `CONFIG_BSD` covers the BSDs and macOS, as in QEMU's meson
 * build; host-only features (vmnet and Cocoa on macOS, DirectSound on Windows, ALSA and
 * AF_XDP on Linux) are listed with their host, since no other host can have them.
 */
const DEFINED: Record<Host, string[]> = {
  linux: ['CONFIG_POSIX', 'CONFIG_LINUX', '__linux__', 'CONFIG_AUDIO_ALSA', 'CONFIG_AF_XDP'],
  freebsd: ['CONFIG_POSIX', 'CONFIG_BSD', '__FreeBSD__', 'CONFIG_NETMAP'],
  darwin: [
    'CONFIG_POSIX', 'CONFIG_BSD', 'CONFIG_DARWIN', '__APPLE__', 'CONFIG_VMNET', 'CONFIG_COCOA',
    'CONFIG_AUDIO_COREAUDIO',
  ],
  netbsd: ['CONFIG_POSIX', 'CONFIG_BSD', '__NetBSD__'],
  openbsd: ['CONFIG_POSIX', 'CONFIG_BSD', '__OpenBSD__'],
  windows: ['CONFIG_WIN32', '_WIN32', 'CONFIG_AUDIO_DSOUND'],
  emscripten: ['CONFIG_POSIX', 'EMSCRIPTEN'],
};

/** Host-only macros that a host may or may not have (netmap can be built on Linux). */
const MAYBE: Partial<Record<Host, string[]>> = {
  linux: ['CONFIG_NETMAP'],
};

/** The profile of `host`: its own macros defined, other hosts' macros undefined. */
export function hostProfile(host: Host): HostProfile {
  const defined = new Set(DEFINED[host]);
  const maybe = new Set(MAYBE[host] ?? []);
  const undef = new Set(HOST_MACROS.filter((m) => !defined.has(m) && !maybe.has(m)));
  return { host, defined, undefined: undef };
}

/** Whether `name` is one of the hosts `--host` accepts. */
export function isHost(name: string): name is Host {
  return (HOSTS as readonly string[]).includes(name);
}

/** The host this process runs on, as a {@link Host}; `linux` where it cannot be told. */
export function hostOfPlatform(platform: string): Host {
  switch (platform) {
    case 'win32':
      return 'windows';
    case 'darwin':
    case 'freebsd':
    case 'netbsd':
    case 'openbsd':
      return platform;
    default:
      return 'linux';
  }
}
