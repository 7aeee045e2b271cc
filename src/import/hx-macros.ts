/**
 * Values of the macros that `qemu-options.hx` help strings put between their literals
 * (spec 5.2). QEMU's build derives them from its configure options; the defaults here are
 * those of Debian's packages, as the Debian 7.2 binary's `-help` shows them
 * (`qemu-system-x86_64 -help`: sysconfdir `/etc`, bridge helper in `/usr/lib/qemu`).
 *
 * @module
 */

/** Macro name to the text it stands for (the string literal's value, without quotes). */
export type HxMacroValues = Readonly<Record<string, string>>;

/** The values in Debian's QEMU packages (bookworm 7.2 through sid 10.2). */
export const DEBIAN_HX_MACROS: HxMacroValues = {
  DEFAULT_NETWORK_SCRIPT: '/etc/qemu-ifup',
  DEFAULT_NETWORK_DOWN_SCRIPT: '/etc/qemu-ifdown',
  DEFAULT_BRIDGE_INTERFACE: 'br0',
  DEFAULT_BRIDGE_HELPER: '/usr/lib/qemu/qemu-bridge-helper',
  DEFAULT_GDBSTUB_PORT: '1234',
};
