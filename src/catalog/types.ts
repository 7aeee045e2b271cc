/**
 * The option catalog: what a QEMU release (or several) accepts on its command line, as data.
 *
 * The JSON form is described by `schemas/catalog.schema.json`; these types mirror it and a
 * test checks that they agree. A catalog is either our built-in one (several releases, with
 * version history, help and doc text in our own words) or one imported from a user's
 * `qemu-options.hx` or QEMU binary (one release, possibly carrying QEMU's own text).
 *
 * @module
 */

/**
 * A C preprocessor condition over build macros, written without `defined()`:
 * `CONFIG_POSIX && !EMSCRIPTEN`, `__linux__ || __FreeBSD__`, `(A || B) && !C`.
 * Evaluated against a host profile by `catalog/condition.ts`.
 */
export type Condition = string;

/** A QEMU release, `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`, e.g. `8.1` or `10.2.2`. */
export type QemuVersion = string;

/** Base target architecture names, as in QEMU's `QEMU_ARCH_*` constants without the prefix. */
export type ArchName = string;

/** When something exists, per QEMU release. Absent fields mean "no such event known". */
export interface Availability {
  /**
   * First release that has it. With `sinceAfter` it is only an upper bound: the item came
   * in some release after `sinceAfter` and no later than `since`.
   */
  since?: QemuVersion;
  /**
   * The newest release known NOT to have it, when `since` is not exact (the catalog only
   * sampled some releases). Releases strictly between `sinceAfter` and `since` are uncertain.
   */
  sinceAfter?: QemuVersion;
  /** First release in which it is deprecated (still accepted, with a warning). */
  deprecated?: QemuVersion;
  /**
   * First release that no longer has it. With `removedAfter` it is only an upper bound: the
   * item went in some release after `removedAfter` and no later than `removed`.
   */
  removed?: QemuVersion;
  /**
   * The newest release known to still have it, when `removed` is not exact. Releases
   * strictly between `removedAfter` and `removed` are uncertain.
   */
  removedAfter?: QemuVersion;
  /** What to write instead, when QEMU documents a replacement. */
  replacement?: Replacement;
  /**
   * The warning QEMU prints while it is deprecated, word for word (after the
   * `«prgname»: «option» «argument»: warning: ` prefix), where QEMU prints one.
   */
  warning?: string;
}

/** The documented replacement of a deprecated or removed option or parameter. */
export interface Replacement {
  /** Human-readable form, e.g. `-run-with user=USER`. */
  text: string;
  /**
   * A machine-applicable rewrite of `-OLD ARG` as argv words, with `{arg}` standing for the
   * old option's argument, e.g. `["-run-with", "user={arg}"]`. Absent when no mechanical
   * rewrite is right (the fix is then only described).
   */
  argv?: string[];
}

/**
 * The build condition something had in a range of releases, for things whose condition
 * changed (`-run-with`: `CONFIG_POSIX` in 8.1–10.0, `CONFIG_POSIX && !EMSCRIPTEN` since 10.1).
 * The entry's own `condition` is always the newest one.
 */
export interface ConditionChange {
  /** The condition in these releases; absent means unconditional. */
  condition?: Condition;
  /** First release with this condition; absent means "from the start". */
  since?: QemuVersion;
  /** First release that no longer has this condition; absent means "until now". */
  until?: QemuVersion;
}

/** One line (or fragment) of an option's `-help` text, possibly under a build condition. */
export interface HelpLine {
  /** The text exactly as printed, including its trailing `\n` where it has one. */
  text: string;
  /** Build condition around this line inside the DEF (e.g. a `-machine` line under POSIX). */
  condition?: Condition;
}

/** A section heading (`DEFHEADING`) or arch-only heading (`ARCHHEADING`). */
export interface HeadingEntry {
  /** Discriminator. */
  kind: 'heading';
  /** The heading text as printed, e.g. `Standard options:`; empty for a blank line. */
  text: string;
  /** For `ARCHHEADING`: the arches it is printed for. Absent for `DEFHEADING` (all). */
  arches?: ArchName[];
  /** Build condition around the heading. */
  condition?: Condition;
  /** Releases that have this heading (built-in catalog only). */
  versions?: Availability;
  /** rST doc blocks that follow the heading before the next option, verbatim. */
  doc?: string;
  /** The label of the first such block's `SRST(label)`. */
  docLabel?: string;
}

/** Which argument syntax an option's argument is read with. */
export type ArgumentSyntax =
  /** A QemuOpts string, checked against `list`. */
  | 'qemu-opts'
  /** A keyval string (spec section 3), checked against `list`. */
  | 'keyval'
  /** JSON when the argument starts with `{`, keyval otherwise. */
  | 'json-or-keyval'
  /** JSON when the argument starts with `{`, QemuOpts otherwise. */
  | 'json-or-qemu-opts'
  /** A free-form argument (a file name, a number, …) that no list describes. */
  | 'plain';

/** One command-line option (`DEF` in `qemu-options.hx`). */
export interface OptionEntry {
  /** Discriminator. */
  kind: 'option';
  /** The name without the leading dash, e.g. `run-with`. */
  name: string;
  /** Whether the option consumes the next argv word (`HAS_ARG`). */
  hasArg: boolean;
  /** The C enum name from the DEF, e.g. `QEMU_OPTION_run_with`. */
  enumName?: string;
  /** Arches that have the option; `["ALL"]` for every arch. */
  arches: ArchName[];
  /** Build condition around the DEF; absent when it is unconditional. */
  condition?: Condition;
  /** The `-help` text, line by line; empty for options hidden from `-help`. */
  help: HelpLine[];
  /** The rST doc block (between SRST and ERST), verbatim. */
  doc?: string;
  /** The label of `SRST(label)`, when the doc block has one. */
  docLabel?: string;
  /** How the argument is read; absent means `plain` (or no argument). */
  syntax?: ArgumentSyntax;
  /** The name of the parameter list in `lists` that the argument is checked against. */
  list?: string;
  /** Releases that have the option, and its deprecation and removal. */
  versions?: Availability;
  /** Older build conditions, when the condition changed between releases. */
  conditionHistory?: ConditionChange[];
}

/** An entry of the catalog, in `qemu-options.hx` order. */
export type CatalogEntry = HeadingEntry | OptionEntry;

/** QemuOpts value types (spec section 2); keyval lists use the same names for scalars. */
export type ParamType = 'string' | 'bool' | 'number' | 'size';

/**
 * A value of a parameter that QEMU accepts only on some hosts, e.g. `exit-with-parent=on`
 * on Linux, FreeBSD and macOS.
 */
export interface HostRestrictedValue {
  /** The values this restriction applies to, as their canonical spelling (`on`). */
  values: string[];
  /** Hosts where the values work, as a condition over host macros. */
  condition: Condition;
  /** QEMU's message when the value is used elsewhere. */
  message: string;
}

/** One parameter of a list (a `QemuOptDesc`, or a keyval member). */
export interface Param {
  /** The key, e.g. `exit-with-parent`; dotted for keyval members (`cache.direct`). */
  name: string;
  /** The value type. */
  type: ParamType;
  /** Help text shown in `-OPTION help` (QEMU's in an import, ours in the built-in catalog). */
  help?: string;
  /** The default value as QEMU reports it. */
  default?: string;
  /** Build condition for the descriptor (e.g. `CONFIG_LINUX` for `async-teardown`). */
  condition?: Condition;
  /** Values QEMU parses but accepts only on some hosts. */
  hostRestrictedValues?: HostRestrictedValue[];
  /** Values QEMU accepts for a string parameter, where it checks them at parse time. */
  values?: string[];
  /** Releases that have the parameter. */
  versions?: Availability;
  /**
   * Whether QEMU's descriptor carries a help text. `-OPTION help` prints it after the type
   * (spec 6.3); a catalog whose text is ours records only that it exists, so a listing of
   * such a list cannot match QEMU byte for byte.
   */
  qemuHasHelp?: boolean;
}

/** A parameter list (a `QemuOptsList`, or the members read by a keyval option). */
export interface ParamList {
  /** Internal list name, used in `help` captions and messages, e.g. `run-with`, `memory`. */
  name: string;
  /** Key that a first item without `=` gets, when the option permits it. */
  impliedKey?: string;
  /** Whether every use of the option adds to one shared set (`merge_lists`). */
  merge: boolean;
  /** Whether the list accepts any key (empty descriptor array). */
  acceptsAny: boolean;
  /** The parameters, in descriptor order (the order `-OPTION help` is built from). */
  params: Param[];
  /** Build condition for the whole list's registration. */
  condition?: Condition;
  /** Releases that have the list. */
  versions?: Availability;
  /** Older build conditions of the list, when its condition changed between releases. */
  conditionHistory?: ConditionChange[];
}

/** Where a catalog's facts and text came from. */
export interface CatalogSource {
  /** `builtin`: ours; `hx`: imported from a qemu-options.hx; `qmp`: from a binary's report. */
  kind: 'builtin' | 'hx' | 'qmp';
  /** Whose words the help and doc text are: ours, or QEMU's (only in a user's own import). */
  textBy: 'qemu-opts' | 'qemu';
  /** The imported file's name, for imports. */
  file?: string;
  /** Free-form note on how the catalog was made. */
  note?: string;
}

/** A whole option catalog. */
export interface Catalog {
  /** Optional pointer to `schemas/catalog.schema.json`, for editors. */
  $schema?: string;
  /** Catalog format version; this is format 1. */
  format: 1;
  /** The releases the catalog describes, oldest first. */
  releases: QemuVersion[];
  /** Where the facts and text came from. */
  source: CatalogSource;
  /** Headings and options, in `qemu-options.hx` order of the newest release. */
  entries: CatalogEntry[];
  /** Parameter lists by list name. */
  lists: Record<string, ParamList>;
}
