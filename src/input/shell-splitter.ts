import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import type { SourceCommand, SourceWord } from './source-word.js';
import { requireString } from '../api/usage-error.js';
import { MAX_INPUT_WORDS, tooManyWords } from './input-limits.js';

/**
 * Splits shell text into commands and words the way a POSIX shell does, as far as a command
 * line needs: quotes, backslashes, line continuations, comments, command separators,
 * redirections, leading assignments and a leading `$ ` prompt. Substitutions (`$VAR`,
 * `$(…)`, backquotes) are kept verbatim and marked, never guessed.
 *
 * @module
 */

/** How newlines are read. */
export type SplitMode =
  /** A shell script or snippet: an unescaped newline ends the command. */
  | 'script'
  /**
   * A libvirt `.args` file: one command; a newline only separates words, and so does a CR
   * (the file is not run by a shell; a CRLF from an editor is taken as a line end).
   */
  | 'args';

/** The commands found in a text, and what could not be read. */
export interface SplitResult {
  /** Every simple command, in order (including ones that do not run QEMU). */
  commands: SourceCommand[];
  /** Problems such as an unterminated quote, in offsets of the text. */
  diagnostics: SpanDiagnostic[];
}

/** A here-document (`<<WORD` or `<<-WORD`) whose body is still to be skipped. */
interface HereDocument {
  /** The line that ends the body (the operator's word, after quote removal). */
  delimiter: string;
  /** `<<-`: leading tabs are stripped from body lines and from the delimiter line. */
  stripTabs: boolean;
  /** Where the operator is, for the warning when the body never ends. */
  at: number;
}

/**
 * Characters that end an unquoted word. Not CR: to sh a CR is a character like any other,
 * so `-m 8G` in a file with CRLF line endings hands QEMU `8G\r`.
 */
const BLANK = new Set([' ', '\t']);
const SEPARATOR = new Set([';', '&', '|', '(', ')']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** How one character was written (see {@link SourceWord.quoting}). */
type Quoting = 'u' | 's' | 'd' | 'b' | 'a' | 'x';

/** The state of one split: the text, a cursor, the word and command being built. */
class Splitter {
  pos = 0;
  readonly commands: SourceCommand[] = [];
  readonly diagnostics: SpanDiagnostic[] = [];
  private words: SourceWord[] = [];
  private chars: string[] = [];
  private offsets: number[] = [];
  private quoting: string[] = [];
  private subs: Span[] = [];
  private wordStart = -1;
  private quotedDigitsOnly = true;
  /** Words split so far, in every command. */
  wordCount = 0;
  /** Where the last word split starts. */
  lastWordStart = 0;
  dropNext = false;
  /** Set by `<<`/`<<-`: the next word is a here-document's delimiter. */
  delimiterNext: HereDocument | undefined;
  /** Here-documents opened on the current line, whose bodies start after it. */
  readonly hereDocuments: HereDocument[] = [];

  constructor(
    readonly text: string,
    readonly mode: SplitMode,
  ) {}

  /** Whether a word is being built (an empty `""` counts). */
  get inWord(): boolean {
    return this.wordStart >= 0;
  }

  /** Starts a word at the cursor if none is open. */
  begin(): void {
    if (this.wordStart < 0) {
      this.wordStart = this.pos;
      this.quotedDigitsOnly = true;
    }
  }

  /** Starts a word at the cursor because a quote opens here (`""` is a word). */
  beginQuoted(): void {
    this.begin();
    this.quotedDigitsOnly = false;
  }

  /**
   * Appends `ch`, which was written at file offset `at`, quoted as `how` (see
   * {@link SourceWord.quoting}).
   */
  push(ch: string, at: number, how: Quoting = 'u'): void {
    this.begin();
    if (how !== 'u' || !/[0-9]/.test(ch)) this.quotedDigitsOnly = false;
    this.chars.push(ch);
    this.offsets.push(at);
    this.quoting.push(how);
  }

  /**
   * Appends the source text `[from, to)` as written, quoted as `how`: one piece for the
   * run, not one per character (a word may be megabytes long).
   */
  pushRun(from: number, to: number, how: Quoting = 'u'): void {
    if (to <= from) return;
    this.begin();
    const run = this.text.slice(from, to);
    if (how !== 'u' || !/^[0-9]+$/.test(run)) this.quotedDigitsOnly = false;
    this.chars.push(run);
    if (this.offsets.length === 0 && to - from > 4096) {
      // A long first run: one array of the right size (room for the end offset that
      // endWord adds), instead of growing by half again and copying, several times.
      const offsets: number[] = new Array<number>(to - from + 1);
      for (let i = from; i < to; i++) offsets[i - from] = i;
      offsets.length = to - from;
      this.offsets = offsets;
    } else {
      for (let i = from; i < to; i++) this.offsets.push(i);
    }
    this.quoting.push(how.repeat(to - from));
  }

  /** Appends the source text `[from, to)` verbatim as a substitution. */
  pushSubstitution(from: number, to: number): void {
    this.begin();
    this.quotedDigitsOnly = false;
    const start = this.offsets.length;
    this.pushRun(from, to, 'x');
    this.subs.push({ start, end: this.offsets.length });
  }

  /** Closes the open word, if any, and adds it to the command (unless redirected away). */
  endWord(): void {
    if (this.wordStart < 0) return;
    this.offsets.push(this.pos);
    this.lastWordStart = this.wordStart;
    const word: SourceWord = {
      text: this.chars.join(''),
      offsets: this.offsets,
      span: { start: this.wordStart, end: this.pos },
      substitutions: this.subs,
      quoting: this.quoting.join(''),
    };
    if (this.delimiterNext) {
      this.hereDocuments.push({ ...this.delimiterNext, delimiter: word.text });
      this.delimiterNext = undefined;
    }
    if (this.dropNext) this.dropNext = false;
    else this.words.push(word);
    this.wordCount++;
    this.chars = [];
    this.offsets = [];
    this.quoting = [];
    this.subs = [];
    this.wordStart = -1;
  }

  /** Closes the open word and the command. */
  endCommand(): void {
    this.endWord();
    this.dropNext = false;
    if (this.words.length === 0) return;
    let n = 0;
    while (n < this.words.length && ASSIGNMENT.test(this.words[n].text)) n++;
    this.commands.push({ env: this.words.slice(0, n), words: this.words.slice(n) });
    this.words = [];
  }

  /** Whether the cursor is at the start of a command, where a `$ ` prompt may stand. */
  atCommandStart(): boolean {
    return this.words.length === 0 && !this.inWord;
  }

  /** Whether the open word is an unquoted run of digits (an fd number before `>`). */
  openWordIsFd(): boolean {
    return this.inWord && this.offsets.length > 0 && this.quotedDigitsOnly;
  }

  /** Discards the open word (the fd number of a redirection). */
  discardWord(): void {
    this.chars = [];
    this.offsets = [];
    this.quoting = [];
    this.subs = [];
    this.wordStart = -1;
  }

  /** Reports a syntax problem at `[start, end)`. */
  fail(message: string, start: number, end: number): void {
    const span = { start, end };
    this.diagnostics.push({ code: 'shell-syntax', severity: 'error', message, span });
  }
}

/**
 * Splits `text` into commands (see the module comment). Bad shell text never throws: it
 * comes back as diagnostics. Splitting stops with an `input-too-large` error at the word
 * beyond {@link MAX_INPUT_WORDS}.
 *
 * @throws {QemuOptsUsageError} when called with a text that is not a string.
 */
export function splitShell(text: string, mode: SplitMode = 'script'): SplitResult {
  requireString('splitShell', 'text', text);
  const s = new Splitter(text, mode);
  let complete = true;
  while (complete && s.pos < text.length) {
    complete = step(s);
    if (s.wordCount > MAX_INPUT_WORDS) {
      s.diagnostics.push(tooManyWords(s.lastWordStart));
      complete = false;
    }
  }
  // A command cut short by a syntax error is dropped: its words would mislead the checks.
  if (complete) s.endCommand();
  return { commands: s.commands, diagnostics: s.diagnostics };
}

/** Reads one token at the cursor; false when reading has to stop (unterminated quote). */
function step(s: Splitter): boolean {
  const ch = s.text[s.pos];
  if (s.atCommandStart() && skipPrompt(s)) return true;
  if (BLANK.has(ch) || (ch === '\r' && s.mode === 'args')) {
    s.endWord();
    s.pos++;
  } else if (ch === '\n') {
    if (s.mode === 'script') s.endCommand();
    else s.endWord();
    s.pos++;
    skipHereDocuments(s);
  } else if (ch === '#' && !s.inWord) {
    while (s.pos < s.text.length && s.text[s.pos] !== '\n') s.pos++;
  } else if (ch === '\\') {
    readBackslash(s);
  } else if (ch === "'") {
    return readSingleQuoted(s);
  } else if (ch === '"') {
    return readDoubleQuoted(s);
  } else if (ch === '$' || ch === '`') {
    return readDollar(s, false);
  } else if (ch === '<' || ch === '>' || (ch === '&' && s.text[s.pos + 1] === '>')) {
    readRedirection(s);
  } else if (SEPARATOR.has(ch)) {
    s.endCommand();
    s.pos++;
  } else {
    // The character and every ordinary one after it, in one piece.
    ORDINARY.lastIndex = s.pos + 1;
    ORDINARY.test(s.text);
    s.pushRun(s.pos, ORDINARY.lastIndex);
    s.pos = ORDINARY.lastIndex;
  }
  return true;
}

/** A run of characters that mean nothing special outside quotes, inside a word. */
const ORDINARY = /[^ \t\r\n\\'"$`<>&;|()]*/y;

/** Skips a `$ ` prompt at the start of a line. */
function skipPrompt(s: Splitter): boolean {
  const lineStart = s.text.lastIndexOf('\n', s.pos - 1) + 1;
  if (!/^[ \t]*$/.test(s.text.slice(lineStart, s.pos))) return false;
  if (s.text[s.pos] !== '$' || s.text[s.pos + 1] !== ' ') return false;
  s.pos += 2;
  return true;
}

/**
 * An unquoted backslash: a line continuation, or the next character taken literally. In a
 * script, backslash CR LF is an escaped CR and then the end of the line, as sh reads it.
 */
function readBackslash(s: Splitter): void {
  const next = s.text[s.pos + 1];
  if (next === '\n') {
    s.pos += 2;
  } else if (next === '\r' && s.text[s.pos + 2] === '\n' && s.mode === 'args') {
    s.pos += 3;
  } else if (next === undefined) {
    // At the end of the text bash drops the backslash (a continuation with nothing after).
    s.pos++;
  } else {
    s.push(next, s.pos + 1, 'b');
    s.pos += 2;
  }
}

/** `'…'`: everything up to the next `'` literally. */
function readSingleQuoted(s: Splitter): boolean {
  const open = s.pos;
  const close = s.text.indexOf("'", open + 1);
  if (close < 0) {
    s.fail('unterminated single quote', open, open + 1);
    return false;
  }
  s.beginQuoted();
  s.pushRun(open + 1, close, 's');
  s.pos = close + 1;
  return true;
}

/** `"…"`: backslash escapes `$`, backquote, `"`, `\` and newline; substitutions are kept. */
function readDoubleQuoted(s: Splitter): boolean {
  const open = s.pos;
  s.beginQuoted();
  s.pos++;
  while (s.pos < s.text.length) {
    const ch = s.text[s.pos];
    if (ch === '"') {
      s.pos++;
      return true;
    }
    if (ch === '\\' && '$`"\\\n'.includes(s.text[s.pos + 1] ?? '')) {
      if (s.text[s.pos + 1] !== '\n') s.push(s.text[s.pos + 1], s.pos + 1, 'b');
      s.pos += 2;
    } else if (ch === '$' || ch === '`') {
      if (!readDollar(s, true)) return false;
    } else {
      DOUBLE_QUOTED.lastIndex = s.pos + 1;
      DOUBLE_QUOTED.test(s.text);
      s.pushRun(s.pos, DOUBLE_QUOTED.lastIndex, 'd');
      s.pos = DOUBLE_QUOTED.lastIndex;
    }
  }
  s.fail('unterminated double quote', open, open + 1);
  return false;
}

/** A run of characters inside double quotes that stand for themselves. */
const DOUBLE_QUOTED = /[^"\\$`]*/y;

/** `$…` or a backquote: a substitution, an ANSI-C `$'…'` string, or a literal `$`. */
function readDollar(s: Splitter, quoted: boolean): boolean {
  const start = s.pos;
  const next = s.text[start + 1] ?? '';
  let end: number;
  if (s.text[start] === '`') end = closing(s.text, start + 1, '`');
  else if (next === "'" && !quoted) return readAnsiC(s);
  else if (next === '(') end = closing(s.text, start + 2, ')');
  else if (next === '{') end = closing(s.text, start + 2, '}');
  else if (/[A-Za-z_]/.test(next)) end = start + 1 + nameLength(s.text, start + 1);
  else if (/[0-9@*#?$!-]/.test(next)) end = start + 2;
  else {
    s.push('$', start, quoted ? 'd' : 'u');
    s.pos++;
    return true;
  }
  if (end < 0) {
    s.fail(
      `unterminated ${s.text.slice(start, start + 2).replace(/^`.?$/, '`')}`,
      start,
      start + 1,
    );
    return false;
  }
  s.pushSubstitution(start, end);
  s.pos = end;
  return true;
}

/** The length of the shell name (letters, digits, `_`) at `from`. */
function nameLength(text: string, from: number): number {
  let end = from;
  while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
  return end - from;
}

/**
 * The offset just past the `close` character that ends a construct whose body starts at
 * `from`, skipping nested parentheses and quotes; -1 when there is none.
 */
function closing(text: string, from: number, close: string): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === close && depth === 0) return i + 1;
    else if (close === ')' && ch === '(') depth++;
    else if (close === ')' && ch === ')') depth--;
    else if ((ch === "'" || ch === '"') && close !== '`') {
      const end = text.indexOf(ch, i + 1);
      if (end < 0) return -1;
      i = end;
    }
  }
  return -1;
}

const ANSI_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** `$'…'`: backslash escapes as in C (`\n`, `\t`, `\xHH`, `\NNN`, …). */
function readAnsiC(s: Splitter): boolean {
  const open = s.pos;
  s.beginQuoted();
  for (let i = open + 2; i < s.text.length; i++) {
    const ch = s.text[i];
    if (ch === "'") {
      s.pos = i + 1;
      return true;
    }
    if (ch !== '\\') {
      s.push(ch, i, 'a');
      continue;
    }
    const esc = s.text[i + 1] ?? '';
    const hex = /^x([0-9A-Fa-f]{1,2})/.exec(s.text.slice(i + 1));
    const oct = /^[0-7]{1,3}/.exec(s.text.slice(i + 1));
    if (hex) s.push(String.fromCharCode(parseInt(hex[1], 16)), i, 'a');
    else if (oct) s.push(String.fromCharCode(parseInt(oct[0], 8)), i, 'a');
    else s.push(ANSI_ESCAPES[esc] ?? `\\${esc}`, i, 'a');
    i += hex ? hex[0].length : oct ? oct[0].length : 1;
  }
  s.fail("unterminated $' quote", open, open + 2);
  return false;
}

/**
 * `<`, `>`, `>>`, `>&`, `&>`, `<<<` …: the operator and its target word are dropped. In a
 * script, `<<` and `<<-` also open a here-document: its body lines, after the current line,
 * are data for the command, not commands (see {@link skipHereDocuments}).
 */
function readRedirection(s: Splitter): void {
  if (s.openWordIsFd()) s.discardWord();
  else s.endWord();
  const at = s.pos;
  const op = /^(&>>?|<<<|<<-?|<>|>>|>&|<&|>\||<|>)/.exec(s.text.slice(s.pos))![0];
  s.pos += op.length;
  s.dropNext = true;
  if (s.mode === 'script' && (op === '<<' || op === '<<-')) {
    s.delimiterNext = { delimiter: '', stripTabs: op === '<<-', at };
  }
}

/**
 * At the start of the line after one that opened here-documents: skips each body, in order,
 * up to and including its delimiter line, as a POSIX shell reads them. A body that runs to
 * the end of the text is taken whole, as bash does (with a warning, as bash gives one).
 */
function skipHereDocuments(s: Splitter): void {
  for (const doc of s.hereDocuments.splice(0)) {
    let found = false;
    while (s.pos < s.text.length && !found) {
      const newline = s.text.indexOf('\n', s.pos);
      const end = newline < 0 ? s.text.length : newline;
      // A CR stays: sh ends `<<EOF` at a line `EOF`, and a CRLF file has `EOF\r` on both.
      let line = s.text.slice(s.pos, end);
      if (doc.stripTabs) line = line.replace(/^\t+/, '');
      found = line === doc.delimiter;
      s.pos = newline < 0 ? s.text.length : newline + 1;
    }
    if (!found) {
      s.diagnostics.push({ code: 'shell-syntax', severity: 'warning',
        message: `here-document delimited by end-of-file (wanted '${doc.delimiter}')`,
        span: { start: doc.at, end: doc.at + 2 } });
    }
  }
}
