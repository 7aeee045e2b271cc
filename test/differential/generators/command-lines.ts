/**
 * fast-check arbitraries of whole command lines (the words after the runner's base
 * command): one to three options from the QemuOpts and keyval families, invalid option
 * names, missing arguments, duplicate IDs across options, words that QEMU takes as disk
 * images, the deprecated `-chroot`/`-runas` with harmless values, and groups of options
 * that refer to each other (references.ts).
 *
 * @module
 */
import fc from 'fast-check';
import { distinctSample } from './distinct-sample.js';
import { KEYVAL_7_2, LISTS_7_2 } from './qemu-7.2-lists.js';
import { keyvalString, optionString } from './option-strings.js';
import { referenceLine } from './references.js';

/** One generated case: the option words and the family that produced it. */
export interface GeneratedCase {
  /** What produced the case, for the per-family tally. */
  family: string;
  /** The words after the base command line. */
  argv: string[];
}

/** An option with a QemuOpts argument. */
const qemuOptsOption = fc.constantFrom(...LISTS_7_2).chain((facts) =>
  optionString(facts).map((arg) => ({ family: facts.option, argv: [facts.option, arg] })),
);

/** An option with a keyval argument. */
const keyvalOption = fc.constantFrom(...KEYVAL_7_2).chain((facts) =>
  keyvalString(facts).map((arg) => ({ family: facts.option, argv: [facts.option, arg] })),
);

/** Option names QEMU does not have, or spells differently. */
const invalidOption = fc
  .constantFrom('-bogus', '-Msg', '-m=4G', '-msg=timestamp=on', '-run-with', '-', '-runas=x')
  .map((name): GeneratedCase => ({ family: 'invalid-option', argv: [name] }));

/** Options that take an argument, written last without one. */
const missingArgument = fc
  .constantFrom('-m', '-msg', '-name', '-rtc', '-chardev', '-global', '-smp', '-boot', '--m')
  .map((name): GeneratedCase => ({ family: 'missing-argument', argv: [name] }));

/** The same id on two options of one list. */
const duplicateId = fc
  .tuple(fc.constantFrom('-chardev null', '-add-fd fd=3,set=1', '-option-rom romfile=r.bin'),
    fc.constantFrom('dup', 'dup', 'other'))
  .map(([first, id2]) => {
    const [option, arg] = first.split(' ');
    return { family: 'duplicate-id', argv: [option, `${arg},id=dup`, option, `${arg},id=${id2}`] };
  });

/** Deprecated options of 7.2 with values that cannot do harm inside the sandbox. */
const oldOptions = fc
  .constantFrom(['-chroot', '.'], ['-runas', 'nobody'], ['-runas', 'nosuchuser'],
    ['-runas', '65534:65534'], ['-no-reboot'], ['-no-shutdown'], ['disk.img'],
    ['-accel', 'tcg'], ['-accel', 'foo'], ['-accel', 'hvf'], ['-accel', 'nvmm,x=1'],
    ['-accel', 'whpx', '-accel', 'tcg'], ['-accel', 'tcg,thread=single'])
  .map((argv) => ({ family: 'other', argv: [...argv] }));

/** Options that refer to each other, or lack what they require (references.ts). */
const references = referenceLine.map((argv): GeneratedCase => ({ family: 'references', argv }));

/** A single option of any family. */
export const singleOption: fc.Arbitrary<GeneratedCase> = fc.oneof(
  { weight: 24, arbitrary: qemuOptsOption },
  { weight: 6, arbitrary: keyvalOption },
  { weight: 1, arbitrary: invalidOption },
  { weight: 1, arbitrary: missingArgument },
  { weight: 2, arbitrary: duplicateId },
  { weight: 1, arbitrary: oldOptions },
  { weight: 4, arbitrary: references },
);

/**
 * Whether a command line could lock memory: `-overcommit mem-lock=on` makes QEMU lock all
 * its memory (slow, and heavy on the machine running the test), so no case turns it on.
 */
function locksMemory(argv: readonly string[]): boolean {
  const on = /(^|,)mem-lock(=(on|yes|true|y))?(,|$)/;
  return argv.some((word, i) => argv[i - 1] === '-overcommit' && on.test(word));
}

/** A -mon needs a chardev to talk to: usually give it one. */
function withMonitorChardev(argv: string[], give: boolean): string[] {
  return give && argv.includes('-mon') ? ['-chardev', 'null,id=mon0', ...argv] : argv;
}

/** A whole command line: one to three options, a missing argument only at the end. */
export const commandLine: fc.Arbitrary<GeneratedCase> = fc
  .tuple(fc.oneof(
    { weight: 3, arbitrary: singleOption.map((c) => [c]) },
    { weight: 2, arbitrary: fc.array(singleOption, { minLength: 2, maxLength: 3 }) },
  ), fc.boolean())
  .map(([cases, give]) => {
    const ordered = [...cases.filter((c) => c.family !== 'missing-argument'),
      ...cases.filter((c) => c.family === 'missing-argument').slice(0, 1)];
    const argv = withMonitorChardev(ordered.flatMap((c) => c.argv), give);
    const family = cases.length === 1 ? cases[0].family : 'command-line';
    return { family, argv };
  })
  .filter((c) => !locksMemory(c.argv));

/**
 * The differential test's cases: `count` command lines drawn with a fixed seed, so every
 * run (and CI) sees the same ones, without duplicates.
 */
export function generateCases(count: number, seed = 0x7e57): GeneratedCase[] {
  return distinctSample(commandLine, count, seed, 3);
}
