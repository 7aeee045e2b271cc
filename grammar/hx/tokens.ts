/**
 * Tokens of QEMU's `qemu-options.hx` format (spec section 5.1): C preprocessor input (DEF,
 * DEFHEADING, ARCHHEADING macro calls and `#` directives) interleaved with rST blocks
 * between `SRST` and `ERST` lines.
 *
 * The lexer has three modes:
 * - `c`: the C text between rST blocks. Newlines are plain blanks here, as for the C
 *   compiler; a backslash at the end of a line splices it to the next (this also covers the
 *   stray `\` after a help string in 10.2's `-run-with` DEF).
 * - `pp`: the rest of a `#` directive line, up to a newline that is not spliced.
 * - `rst`: the lines of an rST block, each one token, up to an `ERST` line.
 *
 * Line-oriented directives (`HXCOMM`, `SRST`, `ERST`, the headings, `#`) are recognised only
 * as the first word of a line, after optional blanks: QEMU's `hxtool -h` strips blanks from
 * each line before it looks at the first word (spec 5.4).
 *
 * @module
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

/** A matcher for `re` (which must be sticky) that only matches at the start of a line. */
function atLineStart(re: RegExp): CustomPatternMatcherFunc {
  return (text, offset) => {
    let at = offset - 1;
    while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
    if (at >= 0 && text[at] !== '\n') return null;
    re.lastIndex = offset;
    return re.exec(text);
  };
}

/** Blanks between tokens; skipped. */
export const Blank = createToken({ name: 'Blank', pattern: /[ \t\f\v]+/, group: Lexer.SKIPPED });

/** A backslash ending a line: the C line splice. Skipped, in C text and in directives. */
export const LineSplice = createToken({
  name: 'LineSplice',
  pattern: /\\[ \t]*\r?\n/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** A newline in C text, where it is a blank; skipped. */
export const Newline = createToken({
  name: 'Newline',
  pattern: /\r?\n/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** `HXCOMM …`: a comment line of the .hx format, dropped from every output. */
export const HxComment = createToken({
  name: 'HxComment',
  pattern: atLineStart(/HXCOMM\b[^\n]*/y),
  start_chars_hint: ['H'],
  line_breaks: false,
});

/** `DEFHEADING(text)` as a whole line; the text is read by the model builder. */
export const DefHeading = createToken({
  name: 'DefHeading',
  pattern: atLineStart(/DEFHEADING\b[^\n]*/y),
  start_chars_hint: ['D'],
  line_breaks: false,
});

/** `ARCHHEADING(text, mask)` as a whole line; the text and mask are read by the model. */
export const ArchHeading = createToken({
  name: 'ArchHeading',
  pattern: atLineStart(/ARCHHEADING\b[^\n]*/y),
  start_chars_hint: ['A'],
  line_breaks: false,
});

/** `SRST` or `SRST(label)` line, newline included; enters rST mode. */
export const RstStart = createToken({
  name: 'RstStart',
  pattern: atLineStart(/SRST\b[^\n]*(?:\r?\n)?/y),
  start_chars_hint: ['S'],
  line_breaks: true,
  push_mode: 'rst',
});

/** `ERST` line; leaves rST mode. In C text it is an error the parser reports. */
export const RstEnd = createToken({
  name: 'RstEnd',
  pattern: atLineStart(/ERST\b[^\n]*/y),
  start_chars_hint: ['E'],
  line_breaks: false,
  pop_mode: true,
});

/** `ERST` met outside an rST block (same text as {@link RstEnd}, no mode change). */
export const StrayRstEnd = createToken({
  name: 'StrayRstEnd',
  pattern: atLineStart(/ERST\b[^\n]*/y),
  start_chars_hint: ['E'],
  line_breaks: false,
});

/** `SRST` met inside an rST block: an error the parser reports. */
export const NestedRstStart = createToken({
  name: 'NestedRstStart',
  pattern: atLineStart(/SRST\b[^\n]*(?:\r?\n)?/y),
  start_chars_hint: ['S'],
  line_breaks: true,
});

/** `HXCOMM` inside an rST block: dropped like everywhere else (hxtool.py does so too). */
export const RstComment = createToken({
  name: 'RstComment',
  pattern: /HXCOMM\b[^\n]*(?:\r?\n)?/,
  line_breaks: true,
});

/** One line of rST text, newline included, kept verbatim. */
export const RstLine = createToken({
  name: 'RstLine',
  pattern: /[^\n]*\n|[^\n]+/,
  line_breaks: true,
});

/** `#` starting a preprocessor directive; enters directive mode. */
export const Hash = createToken({
  name: 'Hash',
  pattern: atLineStart(/#/y),
  start_chars_hint: ['#'],
  line_breaks: false,
  push_mode: 'pp',
});

/** The newline that ends a directive line. */
export const DirectiveEnd = createToken({
  name: 'DirectiveEnd',
  pattern: /\r?\n/,
  line_breaks: true,
  pop_mode: true,
});

/** A C identifier (macro names, enum names, `HAS_ARG`, `QEMU_ARCH_*`). */
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/ });

/** `DEF`, the option macro. */
export const Def = createToken({ name: 'Def', pattern: /DEF\b/, longer_alt: Identifier });

/** The preprocessor keyword `defined`. */
export const Defined = createToken({
  name: 'Defined',
  pattern: /defined\b/,
  longer_alt: Identifier,
});

/** Directive names. */
export const PpIf = createToken({ name: 'PpIf', pattern: /if\b/, longer_alt: Identifier });
export const PpIfdef = createToken({ name: 'PpIfdef', pattern: /ifdef\b/, longer_alt: Identifier });
export const PpIfndef = createToken({
  name: 'PpIfndef',
  pattern: /ifndef\b/,
  longer_alt: Identifier,
});
export const PpElif = createToken({ name: 'PpElif', pattern: /elif\b/, longer_alt: Identifier });
export const PpElse = createToken({ name: 'PpElse', pattern: /else\b/, longer_alt: Identifier });
export const PpEndif = createToken({ name: 'PpEndif', pattern: /endif\b/, longer_alt: Identifier });
export const PpUndef = createToken({ name: 'PpUndef', pattern: /undef\b/, longer_alt: Identifier });
export const PpDefine = createToken({
  name: 'PpDefine',
  pattern: /define\b/,
  longer_alt: Identifier,
});

/** A C string literal, quotes and escapes included; decoded by the model builder. */
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\n]|\\[^\n])*"/,
});

/** A C integer constant (`0` for no flags, `1` in `#if 1`). */
export const IntegerLiteral = createToken({
  name: 'IntegerLiteral',
  pattern: /0[xX][0-9a-fA-F]+|[0-9]+/,
});

/** Punctuation. */
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const OrOr = createToken({ name: 'OrOr', pattern: /\|\|/ });
export const Pipe = createToken({ name: 'Pipe', pattern: /\|/ });
export const AndAnd = createToken({ name: 'AndAnd', pattern: /&&/ });
export const Bang = createToken({ name: 'Bang', pattern: /!/ });

/** Any other single character in a directive line (kept so `#define` bodies lex). */
export const PpOther = createToken({ name: 'PpOther', pattern: /[^\s\\]|\\/ });

/** Tokens of C text, in match order. */
const cMode: TokenType[] = [
  LineSplice, Blank, Newline, HxComment, DefHeading, ArchHeading, RstStart, StrayRstEnd, Hash,
  Def, Identifier, StringLiteral, IntegerLiteral, LParen, RParen, Comma, Pipe,
];

/** Tokens of a directive line, in match order. */
const ppMode: TokenType[] = [
  LineSplice, Blank, DirectiveEnd, Defined, PpIfdef, PpIfndef, PpIf, PpElif, PpElse, PpEndif,
  PpUndef, PpDefine, Identifier, IntegerLiteral, StringLiteral, LParen, RParen, Comma, OrOr,
  AndAnd, Bang, PpOther,
];

/** Tokens of an rST block, in match order. */
const rstMode: TokenType[] = [RstEnd, NestedRstStart, RstComment, RstLine];

/** The multi-mode lexer definition. */
export const hxLexerDefinition = {
  modes: { c: cMode, pp: ppMode, rst: rstMode },
  defaultMode: 'c',
};

/** Every token type, for the parser. */
export const allHxTokens: TokenType[] = [
  ...new Set([...cMode, ...ppMode, ...rstMode]),
];
