/**
 * An independent reference for the `-help` body: QEMU's own rules run by real tools instead
 * of our grammar. The `.hx` file is turned into `qemu-options.def` the way `hxtool -h` does
 * it (spec 5.4, written here as a bash `read -r` loop), the C preprocessor of gcc expands it
 * with printing macros as QEMU's help printer defines them (spec 6.2), and the compiled
 * program prints the body for an arch bit given on its command line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARCH_BITS } from '../../src/catalog/arches.js';

/** hxtool -h per spec 5.4: blanks stripped by read -r, HXCOMM dropped, SRST/ERST blocks dropped. */
const HXTOOL_H = `
rst=0
while read -r line; do
  case "$line" in
    HXCOMM*) ;;
    SRST*|ERST*) rst=$((1 - rst)) ;;
    *) if [ "$rst" = 0 ]; then printf '%s\\n' "$line"; fi ;;
  esac
done < "$1"
`;

/** The printing macros of spec 6.2 around the generated list. */
const BODY_C = `
#define stringify(s) tostring(s)
#define tostring(s) #s
#define DEF(option, opt_arg, opt_enum, opt_help, arch_mask) \\
    if ((arch_mask) & arch_type) fputs(opt_help, stdout);
#define ARCHHEADING(text, arch_mask) \\
    if ((arch_mask) & arch_type) puts(stringify(text));
#define DEFHEADING(text) ARCHHEADING(text, QEMU_ARCH_ALL)
#include "qemu-options.def"
`;

const MAIN_C = `
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    long arch_type = argc > 1 ? strtol(argv[1], NULL, 0) : 0;
#include "body.i"
    return 0;
}
`;

/** A compiled reference printer for one `.hx` file and one set of defined macros. */
export interface HelpReference {
  /** The body printed for the arch named `arch` (`I386`, `ARM`, …). */
  body(arch: string): string;
  /** Removes the temporary files. */
  dispose(): void;
}

/** Builds the reference printer for `hxFile` with `defined` macros (and string macros). */
export function buildHelpReference(
  hxFile: string,
  defined: Iterable<string>,
  strings: Record<string, string>,
): HelpReference {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-help-ref-'));
  const def = execFileSync('bash', ['-c', HXTOOL_H, 'hxtool', hxFile], { encoding: 'utf8' });
  writeFileSync(join(dir, 'qemu-options.def'), def);
  const archDefs = Object.entries(ARCH_BITS).map(([n, bit]) => `-DQEMU_ARCH_${n}=${bit}`);
  writeFileSync(join(dir, 'body.c'), BODY_C);
  const args = [
    '-undef', '-P', '-DQEMU_ARCH_ALL=-1', '-DHAS_ARG=1', ...archDefs,
    ...[...defined].map((m) => `-D${m}=1`),
    ...Object.entries(strings).map(([k, v]) => `-D${k}=${JSON.stringify(v)}`),
    join(dir, 'body.c'), '-o', join(dir, 'body.i'),
  ];
  execFileSync('cpp', args);
  writeFileSync(join(dir, 'main.c'), MAIN_C);
  execFileSync('gcc', ['-w', '-o', join(dir, 'help'), join(dir, 'main.c')], { cwd: dir });
  return {
    body: (arch) =>
      execFileSync(join(dir, 'help'), [String(ARCH_BITS[arch])], { encoding: 'utf8' }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
