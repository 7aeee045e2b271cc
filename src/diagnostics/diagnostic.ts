/**
 * The diagnostic model every part of qemu-opts reports with.
 *
 * A check works on one piece of text (an argv word, an option string, a file) and reports
 * {@link SpanDiagnostic}s whose offsets are local to that text. The code that knows where
 * the text came from (a shell script, an `.args` file) maps them to {@link Diagnostic}s in
 * the original file with {@link SourceText}. Nothing here throws for bad user input.
 *
 * @module
 */

/** How bad a finding is: `error` means QEMU will refuse the command line. */
export type Severity = 'error' | 'warning' | 'info';

/** A point in a text: 1-based line and column (in UTF-16 code units), 0-based offset. */
export interface Position {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in UTF-16 code units from the start of the line. */
  column: number;
  /** 0-based offset from the start of the text, in UTF-16 code units. */
  offset: number;
}

/** A half-open range `[start, end)` of offsets in one text. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character; equal to `start` for an empty range. */
  end: number;
}

/** One replacement of the text in `[start, end)` by `newText`, in original-text offsets. */
export interface TextEdit {
  /** Offset of the first replaced character. */
  start: number;
  /** Offset just past the last replaced character. */
  end: number;
  /** The replacement. */
  newText: string;
}

/** A machine-applicable change that removes the problem a diagnostic reports. */
export interface Fix {
  /** What the fix does, e.g. `use readonly=on`. */
  description: string;
  /** Non-overlapping edits, in any order. */
  edits: TextEdit[];
}

/** A diagnostic whose location is a span of offsets in the text that was checked. */
export interface SpanDiagnostic {
  /** Stable kebab-case identifier; see `codes.ts`. Never renamed once released. */
  code: string;
  /** How bad the finding is. */
  severity: Severity;
  /** One line, in QEMU's own wording wherever QEMU prints a message for this. */
  message: string;
  /** Advice on following lines, as QEMU prints hints (may contain newlines). */
  hint?: string;
  /** Where the problem is, in offsets of the checked text. */
  span: Span;
  /** A change that fixes the problem, in offsets of the checked text. */
  fix?: Fix;
}

/** A diagnostic located in a file (or standard input, or an argv given on our command line). */
export interface Diagnostic {
  /** The file name as given, `-` for standard input, `<argv>` for an argv. */
  file: string;
  /** First character of the range. */
  start: Position;
  /** Just past the last character of the range. */
  end: Position;
  /** How bad the finding is. */
  severity: Severity;
  /** Stable kebab-case identifier; see `codes.ts`. */
  code: string;
  /** One line, in QEMU's own wording wherever QEMU prints a message for this. */
  message: string;
  /** Advice, possibly on several lines. */
  hint?: string;
  /** A change that fixes the problem, in offsets of the original text. */
  fix?: Fix;
}
