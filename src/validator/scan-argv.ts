import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { OptionEntry } from '../catalog/types.js';
import { closestName } from './did-you-mean.js';

/**
 * The first step of reading a command line, as QEMU's option loop does it (spec 1.13):
 * which words are options, which are their arguments, which are disk images.
 *
 * @module
 */

/** A word that names an option, with the word that is its argument. */
export interface ScannedOption {
  /** Discriminator. */
  kind: 'option';
  /** Index of the option word in the argv. */
  word: number;
  /** The option name as looked up: no dashes, `h` already read as `help`. */
  name: string;
  /** The catalog entry (known in some release or build). */
  entry: OptionEntry;
  /** Index of the argument word, for options that take one and got one. */
  argument?: number;
}

/** A word that is not an option: QEMU uses it as a disk image. */
export interface ScannedImage {
  /** Discriminator. */
  kind: 'image';
  /** Index of the word in the argv. */
  word: number;
}

/** A word that could not be looked up because it holds a shell substitution. */
export interface ScannedUnknown {
  /** Discriminator. */
  kind: 'unchecked';
  /** Index of the word in the argv. */
  word: number;
}

/** One scanned element of the command line. */
export type ScannedItem = ScannedOption | ScannedImage | ScannedUnknown;

/** A finding about one word, with a span in that word's text. */
export interface WordDiagnostic {
  /** Index of the word in the argv. */
  word: number;
  /** The finding; its span and fix edits are offsets in the word's text. */
  diagnostic: SpanDiagnostic;
}

/** What the scan found. */
export interface ScanResult {
  /** Options, images and unchecked words, in argv order. */
  items: ScannedItem[];
  /** `invalid option` and `requires an argument`, in argv order. */
  diagnostics: WordDiagnostic[];
}

/** How the scanner sees each word and looks up option names. */
export interface ScanInput {
  /** The argv after the program name. Word indexes count from 0 here. */
  words: readonly string[];
  /** Words whose text holds a substitution and therefore cannot be looked up. */
  opaque: ReadonlySet<number>;
  /** The catalog entry of an option name (any release, any build). */
  lookup: (name: string) => OptionEntry | undefined;
  /** Every option name, for suggestions. */
  names: () => Iterable<string>;
}

/** The option name a word spells: `--x` and `-x` both give `x`; `-h` gives `help`. */
export function optionName(word: string): string {
  const name = word.startsWith('--') ? word.slice(2) : word.slice(1);
  return name === 'h' ? 'help' : name;
}

/** Scans an argv (see the module comment). Never throws. */
export function scanArgv(input: ScanInput): ScanResult {
  const items: ScannedItem[] = [];
  const diagnostics: WordDiagnostic[] = [];
  for (let i = 0; i < input.words.length; i++) {
    const word = input.words[i];
    if (input.opaque.has(i)) {
      items.push({ kind: 'unchecked', word: i });
    } else if (!word.startsWith('-')) {
      items.push({ kind: 'image', word: i });
    } else {
      const name = optionName(word);
      const entry = input.lookup(name);
      if (entry === undefined) {
        diagnostics.push({ word: i, diagnostic: invalidOption(word, name, input) });
        continue;
      }
      const item: ScannedOption = { kind: 'option', word: i, name, entry };
      if (entry.hasArg && i + 1 < input.words.length) item.argument = ++i;
      else if (entry.hasArg) diagnostics.push({ word: i, diagnostic: missingArgument(word) });
      items.push(item);
    }
  }
  return { items, diagnostics };
}

/** QEMU's `invalid option`, with a hint at the option that was probably meant. */
function invalidOption(word: string, name: string, input: ScanInput): SpanDiagnostic {
  const diagnostic: SpanDiagnostic = {
    code: 'invalid-option',
    severity: 'error',
    message: 'invalid option',
    span: { start: 0, end: word.length },
  };
  const eq = name.indexOf('=');
  const dashes = word.length - name.length;
  if (eq > 0 && input.lookup(name.slice(0, eq))?.hasArg) {
    const option = word.slice(0, dashes + eq);
    diagnostic.hint = `QEMU has no ${option}=VALUE form; write '${option} ${name.slice(eq + 1)}'`;
    const edit = { start: dashes + eq, end: dashes + eq + 1, newText: ' ' };
    diagnostic.fix = {
      description: `write ${option} and its argument as two words`,
      edits: [edit],
    };
    return diagnostic;
  }
  const guess = closestName(name, input.names());
  if (guess !== undefined) diagnostic.hint = `did you mean '-${guess}'?`;
  return diagnostic;
}

/** QEMU's `requires an argument`, on the option word. */
function missingArgument(word: string): SpanDiagnostic {
  return {
    code: 'missing-argument',
    severity: 'error',
    message: 'requires an argument',
    span: { start: 0, end: word.length },
  };
}
