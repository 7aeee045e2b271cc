/**
 * qemu-opts: reads a QEMU command line the way QEMU does and says what is wrong, where, and
 * how to fix it, before anything runs.
 *
 * This entry is browser-safe: nothing it reaches imports a `node:` module, and the built-in
 * catalog is bundled with it. The command line tool is the `./cli` entry.
 *
 * @module
 */

// The error thrown for calls the entry points cannot take (a programmer mistake).
export { QemuOptsUsageError } from './api/usage-error.js';

// Parsing one QemuOpts string (spec section 1) and printing entries back.
export { parseQemuOpts } from './model/parse-qemu-opts.js';
export type {
  EntryForm,
  OptsEntry,
  ParsedOpts,
  QemuOptsParseOptions,
} from './model/qemu-opts-result.js';
export { escapeQemuOptsValue, formatQemuOpts } from './model/format-qemu-opts.js';
export type { FormattableEntry } from './model/format-qemu-opts.js';

// Typed values (spec section 2), with QEMU's messages.
export { parseBool } from './model/values/parse-bool.js';
export { parseNumber } from './model/values/parse-number.js';
export { parseSize } from './model/values/parse-size.js';
export type { ParseSizeOptions } from './model/values/parse-size.js';
export type { ValueError, ValueOk, ValueResult } from './model/values/value-result.js';

// An ad-hoc parameter list (issue 4 item 4): typed values and QEMU's messages.
export { parseWithParamList } from './model/parse-with-param-list.js';
export type {
  ParamListOptions,
  ParamListResult,
  ParamValue,
  TypedEntry,
} from './model/parse-with-param-list.js';

// keyval strings (spec section 3) and JSON arguments (spec 3.3).
export { parseKeyval } from './model/parse-keyval.js';
export type { KeyvalParseOptions, ParsedKeyval } from './model/parse-keyval.js';
export { keyvalToJson } from './model/keyval-tree.js';
export type {
  KeyvalArray,
  KeyvalJson,
  KeyvalNode,
  KeyvalObject,
  KeyvalString,
} from './model/keyval-tree.js';
export { parseJsonArg } from './model/parse-json-arg.js';
export type { JsonMember, JsonNode, JsonSpan, ParsedJsonArg } from './model/parse-json-arg.js';

// Linting command lines: an argv, one option, or a script / libvirt .args text.
export { lintArgv, lintOption, lintText } from './lint/lint-text.js';
export type { LintOptions, LintResult } from './lint/lint-text.js';
export type { LintSettings } from './validator/lint-context.js';
export { splitShell } from './input/shell-splitter.js';
export type { SplitMode, SplitResult } from './input/shell-splitter.js';
export type { SourceCommand, SourceWord } from './input/source-word.js';

// Diagnostics: the model, the code list, rendering, and applying fixes.
export type {
  Diagnostic,
  Fix,
  Position,
  Severity,
  Span,
  SpanDiagnostic,
  TextEdit,
} from './diagnostics/diagnostic.js';
export { DIAGNOSTIC_CODES } from './diagnostics/codes.js';
export type { DiagnosticCode } from './diagnostics/codes.js';
export { renderText } from './diagnostics/render-text.js';
export { renderJson, renderJsonChunks } from './diagnostics/render-json.js';
export { applyFixes } from './diagnostics/apply-fixes.js';
export type { FixedText } from './diagnostics/apply-fixes.js';
export { SourceText } from './model/source-text.js';

// The option catalog and the builds it describes.
export { BUILTIN_CATALOG } from './catalog/builtin-catalog.js';
// What one QEMU binary reports about itself (devices, machines, CPUs): the built-in facts of
// Debian's 7.2 x86_64; `qemu-opts/node` imports those of another binary.
export { BUILTIN_BUILD_FACTS } from './catalog/builtin-build-facts.js';
export { propertiesOf } from './catalog/build-facts.js';
export type { BuildFacts, MachineFact, QomTypeFact } from './catalog/build-facts.js';
export type {
  ArchName,
  ArgumentSyntax,
  Availability,
  Catalog,
  CatalogEntry,
  CatalogSource,
  Condition,
  ConditionChange,
  HeadingEntry,
  HelpLine,
  HostRestrictedValue,
  OptionEntry,
  Param,
  ParamList,
  ParamType,
  QemuVersion,
  Replacement,
} from './catalog/types.js';
export { HOSTS } from './catalog/hosts.js';
export type { Host } from './catalog/hosts.js';
export {
  compareVersions,
  isAvailableIn,
  isDeprecatedIn,
  nearestKnownRelease,
  releaseStatus,
} from './catalog/versions.js';
export type { ReleaseStatus } from './catalog/versions.js';
export { validateAgainstSchema } from './catalog/schema-validators.js';
export type { SchemaName } from './catalog/schema-validators.js';
export { importQmp } from './import/qmp-to-catalog.js';
export type { QmpImportOptions, QmpImportResult } from './import/qmp-to-catalog.js';

// Help output: `-OPTION help` listings and the option part of `-help`.
export { formatListHelp } from './generate/list-help.js';
export { generateHelpText } from './generate/help-text.js';
export type { HelpTextOptions } from './generate/help-text.js';
export type { MacroLookup, Truth } from './catalog/condition.js';

// qemu-options.hx files: import to a catalog, check, and RST docs as QEMU's build makes them.
export { importHx } from './import/hx-to-catalog.js';
export type { HxImportOptions, HxImportResult } from './import/hx-to-catalog.js';
export { DEBIAN_HX_MACROS } from './import/hx-macros.js';
export type { HxMacroValues } from './import/hx-macros.js';
export { checkHx } from './lint/hx/check-hx.js';
export { generateRstDocs } from './generate/rst-docs.js';
export type { RstDocs, RstDocsOptions } from './generate/rst-docs.js';
export { BUILD_PROFILES } from './catalog/build-profiles.js';
export type { BuildProfile } from './catalog/build-profiles.js';
