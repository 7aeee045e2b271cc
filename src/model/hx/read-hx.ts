/**
 * Reads a `qemu-options.hx` text into an {@link HxDocument}: parses it with the grammar in
 * `grammar/hx/` and turns the CST into items. Never throws for bad input; problems come back
 * in `problems` with their positions.
 *
 * @module
 */
import type { CstNode, IToken } from 'chevrotain';
import { isEndOfInput, parseHx } from '../../../grammar/hx/parser.js';
import { MAX_EXPRESSION_DEPTH } from '../../../grammar/hx/expression-depth.js';
import type { ConditionNode } from '../../catalog/condition.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import { SourceText } from '../source-text.js';
import { decodeCString } from './c-string.js';
import type {
  HxDef, HxDirective, HxDocument, HxHeading, HxHelpPiece, HxItem, HxProblem, HxRstBlock,
} from './hx-document.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const kids = (node: CstNode): Children => node.children as Children;
const nodes = (c: Children, key: string) => (c[key] ?? []) as CstNode[];
const tokens = (c: Children, key: string) => (c[key] ?? []) as IToken[];

/** Reads `text` (the contents of a `.hx` file). */
export function readHx(text: string): HxDocument {
  const source = new SourceText(text);
  const parsed = parseHx(text);
  const problems: HxProblem[] = [];
  const at = (token: IToken): Position => source.positionAt(token.startOffset);
  const endOf = (token: IToken): Position => source.positionAt((token.endOffset ?? 0) + 1);

  for (const e of parsed.lexErrors) {
    // A '"' that the lexer rejects opens a string with no closing quote on its line.
    const unterminated = text[e.offset] === '"';
    problems.push({
      code: 'hx-syntax',
      message: unterminated
        ? 'unterminated string literal'
        : `unexpected character '${text[e.offset]}'`,
      start: source.positionAt(e.offset),
      end: source.positionAt(e.offset + Math.max(1, e.length)),
    });
  }
  for (const e of parsed.parseErrors) problems.push(parseProblem(e, parsed.tokens, at, endOf));
  for (const token of parsed.tooDeep) {
    problems.push({ code: 'hx-syntax', start: at(token), end: endOf(token),
      message: `#if expression nested more than ${MAX_EXPRESSION_DEPTH} levels deep ` +
        '(read as 0)' });
  }

  const directive = (node: CstNode): HxDirective => readDirective(node, at);
  const items: HxItem[] = [];
  for (const item of nodes(kids(parsed.cst), 'item')) {
    const c = kids(item);
    const def = nodes(c, 'def')[0];
    const rst = nodes(c, 'rstBlock')[0];
    const dir = nodes(c, 'directive')[0];
    const heading = tokens(c, 'DefHeading')[0] ?? tokens(c, 'ArchHeading')[0];
    const stray = tokens(c, 'StrayRstEnd')[0];
    if (def) items.push(readDef(def, at, directive, problems));
    else if (rst) items.push(readRst(rst, at));
    else if (dir) items.push({ kind: 'directive', directive: directive(dir) });
    else if (heading) {
      const h = readHeading(heading.image, at(heading));
      if ('message' in h) problems.push({ ...h, start: at(heading), end: endOf(heading) });
      else items.push(h);
    } else if (stray) {
      problems.push({
        code: 'hx-unbalanced-rst',
        message: 'expected SRST, found ERST',
        start: at(stray),
        end: endOf(stray),
      });
    }
  }
  return { items, problems: withoutStringCascade(problems) };
}

/**
 * `problems` without those that follow an unterminated string literal on its line: the
 * lexer read the rest of that line as C words, so anything said about them (here, or by
 * the importer about their macros) is a consequence of the one error at the opening quote.
 */
export function withoutStringCascade(problems: HxProblem[]): HxProblem[] {
  const openers = problems.filter((p) => p.message === 'unterminated string literal');
  if (openers.length === 0) return problems;
  return problems.filter(
    (p) =>
      openers.includes(p) ||
      !openers.some((o) => p.start.line === o.start.line && p.start.offset > o.start.offset),
  );
}

/** A parse error in the words of the .hx format where we can, chevrotain's otherwise. */
function parseProblem(
  e: { message: string; token: IToken },
  all: IToken[],
  at: (t: IToken) => Position,
  endOf: (t: IToken) => Position,
): HxProblem {
  if (e.token.tokenType.name === 'NestedRstStart') {
    const message = 'expected ERST, found SRST';
    return { code: 'hx-unbalanced-rst', message, start: at(e.token), end: endOf(e.token) };
  }
  if (!isEndOfInput(e.token)) {
    const message = `unexpected '${e.token.image.trim()}'`;
    return { code: 'hx-syntax', message, start: at(e.token), end: endOf(e.token) };
  }
  const last = all[all.length - 1];
  const opener = [...all].reverse().find((t) => t.tokenType.name === 'RstStart');
  if (opener && /RstEnd/.test(e.message)) {
    const message = 'SRST without ERST';
    return { code: 'hx-unbalanced-rst', message, start: at(opener), end: endOf(opener) };
  }
  const end = last ? endOf(last) : { line: 1, column: 1, offset: 0 };
  return { code: 'hx-syntax', message: 'unexpected end of file', start: end, end };
}

function readDef(
  node: CstNode,
  at: (t: IToken) => Position,
  directive: (n: CstNode) => HxDirective,
  problems: HxProblem[],
): HxDef {
  const c = kids(node);
  // A name that recovery inserted (`DEF(, …`) has no position: fall back to the DEF's.
  const named = tokens(c, 'name')[0];
  const nameToken = named && !Number.isNaN(named.startOffset) ? named : undefined;
  const help: HxHelpPiece[] = [];
  const helpNode = nodes(c, 'helpText')[0];
  for (const piece of helpNode ? (kids(helpNode).piece ?? []) : []) {
    if ('children' in piece) help.push({ kind: 'directive', directive: directive(piece) });
    else if (piece.tokenType.name === 'StringLiteral') {
      const value = decodeCString(piece.image);
      help.push({ kind: 'string', value, raw: piece.image, start: at(piece) });
    } else help.push({ kind: 'macro', name: piece.image, start: at(piece) });
  }
  const maskNode = nodes(c, 'archMask')[0];
  void problems;
  return {
    kind: 'def',
    name: nameToken ? decodeCString(nameToken.image) : '',
    flags: tokens(c, 'flags')[0]?.image ?? '',
    enumName: tokens(c, 'enumName')[0]?.image ?? '',
    help,
    archMask: maskNode ? tokens(kids(maskNode), 'arch').map((t) => t.image) : [],
    start: at(tokens(c, 'Def')[0]),
    nameStart: nameToken ? at(nameToken) : at(tokens(c, 'Def')[0]),
  };
}

function readRst(node: CstNode, at: (t: IToken) => Position): HxRstBlock {
  const c = kids(node);
  const startToken = tokens(c, 'RstStart')[0];
  const label = /^SRST\((.*?)\)/.exec(startToken.image.trim())?.[1];
  const lineTokens = tokens(c, 'line').filter((t) => t.tokenType.name === 'RstLine');
  const lines = lineTokens.map((t) => t.image.replace(/\r?\n$/, ''));
  const lineOffsets = lineTokens.map((t) => t.startOffset);
  const start = at(startToken);
  return { kind: 'rst', ...(label !== undefined ? { label } : {}), lines, lineOffsets, start };
}

/** Splits `ARGS` of `NAME(ARGS)` at top-level commas; undefined when not that shape. */
function macroArgs(line: string, name: string): string[] | undefined {
  const m = new RegExp(`^\\s*${name}\\s*\\((.*)\\)\\s*$`).exec(line);
  if (!m) return undefined;
  const args: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < m[1].length; i++) {
    const ch = m[1][i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      args.push(m[1].slice(from, i));
      from = i + 1;
    }
  }
  args.push(m[1].slice(from));
  return args;
}

/** C's stringify of a macro argument: outer blanks dropped, inner runs made one space. */
const stringify = (arg: string) => arg.trim().replace(/\s+/g, ' ');

function readHeading(line: string, start: Position): HxHeading | Omit<HxProblem, 'start' | 'end'> {
  if (/^\s*DEFHEADING/.test(line)) {
    const args = macroArgs(line, 'DEFHEADING');
    if (args?.length !== 1) return { code: 'hx-syntax', message: 'Invalid DEFHEADING line' };
    return { kind: 'heading', text: stringify(args[0]), start };
  }
  const args = macroArgs(line, 'ARCHHEADING');
  if (args?.length !== 2) return { code: 'hx-syntax', message: 'Invalid ARCHHEADING line' };
  const archMask = args[1].split('|').map((s) => s.trim());
  if (archMask.some((s) => !/^[A-Za-z_0-9]+$/.test(s))) {
    return { code: 'hx-syntax', message: 'Invalid ARCHHEADING line' };
  }
  return { kind: 'heading', text: stringify(args[0]), archMask, start };
}

function readDirective(node: CstNode, at: (t: IToken) => Position): HxDirective {
  const c = kids(node);
  const start = at(tokens(c, 'Hash')[0]);
  const ifNode = nodes(c, 'ifDirective')[0];
  const ifdefNode = nodes(c, 'ifdefDirective')[0];
  const elifNode = nodes(c, 'elifDirective')[0];
  const other = nodes(c, 'otherDirective')[0];
  const text = (n: CstNode | undefined) => (n ? imageOf(n) : '');
  if (ifNode) {
    const condition = readExpr(nodes(kids(ifNode), 'orExpr')[0]);
    return { name: 'if', condition, text: text(ifNode), start };
  }
  if (elifNode) {
    const condition = readExpr(nodes(kids(elifNode), 'orExpr')[0]);
    return { name: 'elif', condition, text: text(elifNode), start };
  }
  if (ifdefNode) {
    const k = kids(ifdefNode);
    const kind = tokens(k, 'kind')[0]?.image === 'ifndef' ? 'ifndef' : 'ifdef';
    const macro: ConditionNode = { kind: 'macro', name: tokens(k, 'Identifier')[0]?.image ?? '' };
    const condition: ConditionNode =
      kind === 'ifdef' ? macro : { kind: 'not', operand: macro };
    return { name: kind, condition, text: text(ifdefNode), start };
  }
  if (tokens(c, 'else').length > 0) return { name: 'else', text: 'else', start };
  if (tokens(c, 'endif').length > 0) return { name: 'endif', text: 'endif', start };
  return { name: 'other', text: text(other), start };
}

/** The images of every token under `node`, in order, joined by single spaces. */
function imageOf(node: CstNode): string {
  const all: IToken[] = [];
  const walk = (n: CstNode) => {
    for (const list of Object.values(n.children)) {
      for (const x of list) {
        if ('children' in x) walk(x);
        else all.push(x);
      }
    }
  };
  walk(node);
  return all
    .sort((a, b) => a.startOffset - b.startOffset)
    .map((t) => t.image)
    .join(' ');
}

const FALSE: ConditionNode = { kind: 'const', value: false };

/** The condition of an `orExpr` CST (a recovered, incomplete one reads as false). */
function readExpr(node: CstNode | undefined): ConditionNode {
  if (!node) return FALSE;
  const fold = (kind: 'and' | 'or', parts: ConditionNode[]) =>
    parts.length === 0 ? FALSE : parts.reduce((left, right) => ({ kind, left, right }));
  if (node.name === 'orExpr') return fold('or', nodes(kids(node), 'operand').map(readExpr));
  if (node.name === 'andExpr') return fold('and', nodes(kids(node), 'operand').map(readExpr));
  if (node.name === 'definedExpr') {
    return { kind: 'macro', name: tokens(kids(node), 'macro')[0]?.image ?? '' };
  }
  const c = kids(node);
  const negated = nodes(c, 'negated')[0];
  if (negated) return { kind: 'not', operand: readExpr(negated) };
  const defined = nodes(c, 'definedExpr')[0];
  if (defined) return readExpr(defined);
  const inner = nodes(c, 'inner')[0];
  if (inner) return readExpr(inner);
  const macro = tokens(c, 'macro')[0];
  // In `#if`, a bare identifier that is not a macro is 0; QEMU's files only use defined().
  if (macro) return { kind: 'macro', name: macro.image };
  const num = tokens(c, 'number')[0];
  return { kind: 'const', value: num !== undefined && Number(num.image) !== 0 };
}
