import type { SourceWord } from './source-word.js';

/**
 * Finding the program a simple command runs: its first word, or, when that is a wrapper
 * that runs another command (`sudo`, `env A=1`, `taskset -c 1`, `nice -n 5` …), the program
 * after the wrapper's own options and arguments.
 *
 * @module
 */

/** How a wrapper's own words are laid out before the command it runs. */
interface Wrapper {
  /** Options whose value is the next word (`-u USER`). */
  valued: readonly string[];
  /** Words that are not options before the command (`taskset MASK`, `timeout 10`). */
  positionals: number;
  /** Whether `NAME=value` words before the command are assignments (`env`). */
  assignments?: boolean;
}

const WRAPPERS: Record<string, Wrapper> = {
  env: { valued: ['-u', '--unset', '-C', '--chdir'], positionals: 0, assignments: true },
  sudo: { valued: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T'], positionals: 0 },
  exec: { valued: ['-a'], positionals: 0 },
  command: { valued: [], positionals: 0 },
  nohup: { valued: [], positionals: 0 },
  setsid: { valued: [], positionals: 0 },
  taskset: { valued: [], positionals: 1 },
  nice: { valued: ['-n', '--adjustment'], positionals: 0 },
  ionice: { valued: ['-c', '--class', '-n', '--classdata'], positionals: 0 },
  chrt: { valued: [], positionals: 1 },
  numactl: {
    valued: ['-C', '--physcpubind', '-N', '--cpunodebind', '-m', '--membind', '-i',
      '--interleave', '-p', '--preferred', '-P', '--preferred-many'],
    positionals: 0,
  },
  time: { valued: ['-f', '--format', '-o', '--output'], positionals: 0 },
  timeout: { valued: ['-s', '--signal', '-k', '--kill-after'], positionals: 1 },
  stdbuf: { valued: ['-i', '-o', '-e'], positionals: 0 },
};

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The base name of a program word (`/usr/bin/sudo` → `sudo`). */
function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/**
 * The index in `words` of the program the command runs, past any wrappers; -1 when a
 * wrapper's words run out first. Unquoted text only: a word with a substitution ends the
 * search there (its value is unknown).
 */
export function programIndex(words: readonly SourceWord[]): number {
  let at = 0;
  while (at < words.length) {
    const word = words[at];
    const name = baseName(word.text);
    if (word.substitutions.length > 0 || !Object.hasOwn(WRAPPERS, name)) return at;
    const wrapper = WRAPPERS[name];
    at++;
    let positionals = wrapper.positionals;
    while (at < words.length) {
      const text = words[at].text;
      if (text === '--') {
        at++;
        break;
      }
      if (text.startsWith('-') && text.length > 1) {
        at += wrapper.valued.includes(text) ? 2 : 1;
      } else if (wrapper.assignments && ASSIGNMENT.test(text)) {
        at++;
      } else if (positionals > 0) {
        positionals--;
        at++;
      } else {
        break;
      }
    }
  }
  return -1;
}
