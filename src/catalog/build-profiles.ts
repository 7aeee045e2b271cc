/**
 * Named build profiles: the complete set of build macros one real QEMU build defines, for
 * regenerating its `-help` exactly (every macro not listed is undefined).
 *
 * @module
 */

/** A fully known build. */
export interface BuildProfile {
  /** Profile name, e.g. `debian-7.2-amd64`. */
  name: string;
  /** The arch of its target (`I386` for qemu-system-x86_64). */
  arch: string;
  /** Macros the build defines, among those `qemu-options.hx` tests. */
  defined: ReadonlySet<string>;
  /** How the set was found. */
  note: string;
}

/**
 * Debian bookworm's `qemu-system-x86_64` (package qemu-system-x86 1:7.2+dfsg-7+deb12u18).
 *
 * Determined from the binary itself: for every macro that `qemu-options.hx` 7.2 tests, the
 * help lines under it were looked for in `qemu-system-x86_64 -help`. Present: the macro is
 * defined (e.g. the `-audiodev sndio` line shows CONFIG_AUDIO_SNDIO, the
 * `-chardev braille` line CONFIG_BRLAPI, the `-display gtk` default CONFIG_GTK). Absent:
 * undefined (no `-netdev netmap`, `vmnet-*`, `-display cocoa`, `coreaudio` or `dsound`).
 * CONFIG_LINUX and CONFIG_TCG, which 7.2's file does not test, are listed because it is a
 * Linux build and `-accel help` lists `tcg`.
 * The `-help` body generated with exactly this set equals the binary's byte for byte
 * (test/generate/help-text-debian.test.ts).
 */
export const DEBIAN_7_2_AMD64: BuildProfile = {
  name: 'debian-7.2-amd64',
  arch: 'I386',
  defined: new Set([
    '__linux__', 'CONFIG_LINUX', 'CONFIG_POSIX', 'CONFIG_SLIRP', 'CONFIG_VDE', 'CONFIG_SPICE',
    'CONFIG_TPM', 'CONFIG_GTK', 'CONFIG_SDL', 'CONFIG_VNC', 'CONFIG_CURSES', 'CONFIG_OPENGL',
    'CONFIG_DBUS_DISPLAY', 'CONFIG_BRLAPI', 'CONFIG_AUDIO_ALSA', 'CONFIG_AUDIO_OSS',
    'CONFIG_AUDIO_PA', 'CONFIG_AUDIO_SDL', 'CONFIG_AUDIO_SNDIO', 'CONFIG_TCG',
  ]),
  note: 'Debian bookworm qemu-system-x86 7.2, macros read off its -help output',
};

/** Every named build profile, by name. */
export const BUILD_PROFILES: Readonly<Record<string, BuildProfile>> = {
  [DEBIAN_7_2_AMD64.name]: DEBIAN_7_2_AMD64,
};
