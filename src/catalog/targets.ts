import { archOfTarget } from './arches.js';

/**
 * Targets as the command line names them: the `qemu-system-NAME` suffix of the program,
 * and the default when nothing names one. Arch bits live in `arches.ts`.
 *
 * @module
 */

/** The target every check assumes when neither `--target` nor the program name says. */
export const DEFAULT_TARGET = 'x86_64';

/** The `qemu-system-NAME` suffixes of current QEMU, sorted (for usage messages). */
export const TARGET_NAMES = [
  'aarch64',
  'alpha',
  'arm',
  'avr',
  'hppa',
  'i386',
  'loongarch64',
  'm68k',
  'microblaze',
  'microblazeel',
  'mips',
  'mips64',
  'mips64el',
  'mipsel',
  'or1k',
  'ppc',
  'ppc64',
  'riscv32',
  'riscv64',
  'rx',
  's390x',
  'sh4',
  'sh4eb',
  'sparc',
  'sparc64',
  'tricore',
  'x86_64',
  'xtensa',
  'xtensaeb',
];

/**
 * The target a program name implies: `qemu-system-aarch64` → `aarch64`; `qemu-kvm` and
 * unknown names → undefined.
 */
export function targetOfProgram(program: string): string | undefined {
  const base = program.slice(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
  const m = /^qemu-system-([A-Za-z0-9_]+?)(\.exe)?$/.exec(base);
  return m && archOfTarget(m[1]) ? m[1] : undefined;
}

/** The target names whose base architecture is `arch` (`I386` → `i386, x86_64`). */
export function targetsOfArch(arch: string): string[] {
  return TARGET_NAMES.filter((t) => archOfTarget(t) === arch);
}
