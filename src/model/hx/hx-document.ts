/**
 * The document model of a `qemu-options.hx` file: its items in file order, each with the
 * position it starts at, plus the problems found while reading it. Built from the CST by
 * `read-hx.ts`; the importer, the generators and `check-hx` work on this model.
 *
 * @module
 */
import type { ConditionNode } from '../../catalog/condition.js';
import type { Position, Severity } from '../../diagnostics/diagnostic.js';

/** A problem found while reading an `.hx` file, located in that file. */
export interface HxProblem {
  /** Diagnostic code (see `diagnostics/codes.ts`). */
  code: string;
  /** How bad it is; `error` when absent. */
  severity?: Severity;
  /** What is wrong. */
  message: string;
  /** Where it starts. */
  start: Position;
  /** Just past where it ends. */
  end: Position;
}

/** A piece of a DEF's help argument. */
export type HxHelpPiece =
  /** A string literal, decoded (`value`) and as written with its quotes (`raw`). */
  | { kind: 'string'; value: string; raw: string; start: Position }
  /** A macro between literals, e.g. `DEFAULT_NETWORK_SCRIPT`. */
  | { kind: 'macro'; name: string; start: Position }
  /** A preprocessor line inside the help argument. */
  | { kind: 'directive'; directive: HxDirective };

/** A preprocessor line. */
export interface HxDirective {
  /** Which directive. `other` covers `#undef`, `#define` and anything else. */
  name: 'if' | 'ifdef' | 'ifndef' | 'elif' | 'else' | 'endif' | 'other';
  /** The condition of `#if`, `#ifdef` (the macro), `#ifndef` (its negation) and `#elif`. */
  condition?: ConditionNode;
  /** The directive's text after `#`, continuations joined, for `other`. */
  text: string;
  /** Where the `#` is. */
  start: Position;
}

/** `DEF(name, flags, enum, help, arch_mask)`. */
export interface HxDef {
  /** Discriminator. */
  kind: 'def';
  /** The option name, decoded from its string literal. */
  name: string;
  /** The flags argument as written (`HAS_ARG`, `0`). */
  flags: string;
  /** The enum identifier. */
  enumName: string;
  /** The help argument, piece by piece. */
  help: HxHelpPiece[];
  /** The arch mask's terms, as written (`QEMU_ARCH_ALL`, `QEMU_ARCH_I386`). */
  archMask: string[];
  /** Where `DEF` is. */
  start: Position;
  /** Where the name literal is. */
  nameStart: Position;
}

/** `DEFHEADING(text)` or `ARCHHEADING(text, mask)`. */
export interface HxHeading {
  /** Discriminator. */
  kind: 'heading';
  /** The text as C's stringify makes it: blanks trimmed and runs of blanks made one. */
  text: string;
  /** For ARCHHEADING: the mask's terms as written. */
  archMask?: string[];
  /** Where the line starts. */
  start: Position;
}

/** An `SRST`…`ERST` block. */
export interface HxRstBlock {
  /** Discriminator. */
  kind: 'rst';
  /** The label of `SRST(label)`. */
  label?: string;
  /** The lines between SRST and ERST, newlines removed, right blanks kept as written. */
  lines: string[];
  /** The offset in the file where each of `lines` starts. */
  lineOffsets: number[];
  /** Where `SRST` is. */
  start: Position;
}

/** A preprocessor line outside any DEF. */
export interface HxDirectiveItem {
  /** Discriminator. */
  kind: 'directive';
  /** The directive. */
  directive: HxDirective;
}

/** An item of an `.hx` file. `HXCOMM` lines are dropped. */
export type HxItem = HxDef | HxHeading | HxRstBlock | HxDirectiveItem;

/** A read `.hx` file. */
export interface HxDocument {
  /** The items in file order. */
  items: HxItem[];
  /** Syntax problems (lexing, parsing, malformed headings). */
  problems: HxProblem[];
}
