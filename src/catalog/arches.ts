/**
 * QEMU's target architecture bits (`QEMU_ARCH_*`, spec 5.3) and the base architecture of
 * each `qemu-system-*` target.
 *
 * @module
 */

/** Bit of each arch name (the `QEMU_ARCH_` constant without its prefix), retired ones too. */
export const ARCH_BITS: Readonly<Record<string, number>> = {
  ALPHA: 1 << 0, ARM: 1 << 1, CRIS: 1 << 2, I386: 1 << 3, M68K: 1 << 4, LM32: 1 << 5,
  MICROBLAZE: 1 << 6, MIPS: 1 << 7, PPC: 1 << 8, S390X: 1 << 9, SH4: 1 << 10, SPARC: 1 << 11,
  XTENSA: 1 << 12, OPENRISC: 1 << 13, UNICORE32: 1 << 14, MOXIE: 1 << 15, TRICORE: 1 << 16,
  NIOS2: 1 << 17, HPPA: 1 << 18, RISCV: 1 << 19, RX: 1 << 20, AVR: 1 << 21, HEXAGON: 1 << 22,
  LOONGARCH: 1 << 23,
};

/** The arch name standing for every arch (`QEMU_ARCH_ALL`, all bits set). */
export const ALL_ARCHES = 'ALL';

/** Base arch of each target whose name is not its arch's (lower case target names). */
const TARGET_BASE: Readonly<Record<string, string>> = {
  x86_64: 'I386', i386: 'I386', aarch64: 'ARM', arm: 'ARM', ppc64: 'PPC', ppc: 'PPC',
  mips: 'MIPS', mipsel: 'MIPS', mips64: 'MIPS', mips64el: 'MIPS', riscv32: 'RISCV',
  riscv64: 'RISCV', sparc: 'SPARC', sparc64: 'SPARC', sh4: 'SH4', sh4eb: 'SH4',
  xtensa: 'XTENSA', xtensaeb: 'XTENSA', or1k: 'OPENRISC', microblaze: 'MICROBLAZE',
  microblazeel: 'MICROBLAZE', loongarch64: 'LOONGARCH', s390x: 'S390X', m68k: 'M68K',
  alpha: 'ALPHA', hppa: 'HPPA', tricore: 'TRICORE', rx: 'RX', avr: 'AVR', hexagon: 'HEXAGON',
  cris: 'CRIS', nios2: 'NIOS2',
};

/**
 * The arch name of a target given as a `qemu-system-*` suffix (`x86_64`) or an arch name
 * (`I386`, `i386`); undefined when unknown.
 */
export function archOfTarget(target: string): string | undefined {
  const base = TARGET_BASE[target.toLowerCase()];
  if (base) return base;
  const upper = target.toUpperCase();
  return Object.hasOwn(ARCH_BITS, upper) ? upper : undefined;
}

/** Whether an entry with `arches` exists for arch `arch` (`["ALL"]` matches every arch). */
export function archesInclude(arches: readonly string[], arch: string): boolean {
  return arches.includes(ALL_ARCHES) || arches.includes(arch);
}
