import { QemuOptsUsageError, requireString } from '../api/usage-error.js';
import type { SpanDiagnostic } from '../diagnostics/diagnostic.js';
import * as generated from '../generated/schema-validators.js';
import { locateJsonPointer } from './json-locate.js';
import type { QapiTypeCatalog } from './qapi-types.js';
import type { Catalog, ParamList } from './types.js';

/**
 * The one place that validates data against the JSON Schemas in `schemas/`. The validators
 * are ajv's standalone code, precompiled at build time by
 * `scripts/build-steps/10-schema-validators.mjs` (strict mode), so that nothing compiles a
 * schema at start-up. ajv's errors never leave this module: each becomes a `catalog-schema`
 * diagnostic that names the JSON path it is about.
 *
 * @module
 */

/** The fields of an ajv error object that this module reads. */
interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator as ajv's standalone code exports it. */
type CompiledValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

const compiled = generated as unknown as Record<string, CompiledValidator>;

/** Which schema a value is checked against. */
export type SchemaName = 'catalog' | 'param-list' | 'qapi-types' | 'build-facts';

const VALIDATORS: Record<SchemaName, string> = {
  catalog: 'validateCatalog',
  'param-list': 'validateParamList',
  'qapi-types': 'validateQapiTypes',
  'build-facts': 'validateBuildFacts',
};

/** The JSON path as shown to people: the pointer, or `/` for the whole document. */
function shownPath(pointer: string): string {
  return pointer === '' ? '/' : pointer;
}

/** Our wording for one ajv error, about the value at `path`. */
function describe(error: SchemaError, path: string): string {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return `Catalog value at '${path}' lacks the required property '${String(
        p.missingProperty,
      )}'`;
    case 'additionalProperties':
      return `Catalog value at '${path}' has an unknown property '${String(p.additionalProperty)}'`;
    case 'type':
      return `Catalog value at '${path}' must be of type ${String(p.type)}`;
    case 'const':
      return `Catalog value at '${path}' must be ${JSON.stringify(p.allowedValue)}`;
    case 'enum':
      return `Catalog value at '${path}' must be one of ${(p.allowedValues as unknown[])
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'pattern':
      return `Catalog value at '${path}' does not match the pattern ${String(p.pattern)}`;
    case 'minItems':
      return `Catalog value at '${path}' must have at least ${String(p.limit)} item(s)`;
    default:
      return `Catalog value at '${path}' fails the schema rule '${error.keyword}'`;
  }
}

/** The pointer an error is about: an unknown property is reported at the property itself. */
function pointerOf(error: SchemaError): string {
  if (error.keyword === 'additionalProperties') {
    const name = String(error.params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1');
    return `${error.instancePath}/${name}`;
  }
  return error.instancePath;
}

/**
 * Checks `data` against a schema. Returns no diagnostics when it is valid. When `text` (the
 * JSON the data was parsed from) is given, each diagnostic's span covers the offending value
 * in it; otherwise spans are empty at offset 0.
 */
export function validateAgainstSchema(
  schema: SchemaName,
  data: unknown,
  text?: string,
): SpanDiagnostic[] {
  if (typeof schema !== 'string' || !Object.hasOwn(VALIDATORS, schema)) {
    throw new QemuOptsUsageError('validateAgainstSchema', 'schema', schema,
      `one of ${Object.keys(VALIDATORS).join(', ')}`);
  }
  if (text !== undefined) requireString('validateAgainstSchema', 'text', text);
  const validate = compiled[VALIDATORS[schema]];
  if (validate(data)) return [];
  const seen = new Set<string>();
  const out: SpanDiagnostic[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if') continue; // the failing then/else branch reports the details
    const pointer = pointerOf(error);
    const message = describe(error, shownPath(pointer));
    if (seen.has(message)) continue;
    seen.add(message);
    const span = text === undefined ? { start: 0, end: 0 } : locateJsonPointer(text, pointer);
    out.push({ code: 'catalog-schema', severity: 'error', message, span });
  }
  return out;
}

/** Type guard: whether `data` is a valid {@link Catalog}. */
export function isCatalog(data: unknown): data is Catalog {
  return compiled.validateCatalog(data);
}

/** Type guard: whether `data` is a valid {@link ParamList}. */
export function isParamList(data: unknown): data is ParamList {
  return compiled.validateParamList(data);
}

/** Type guard: whether `data` is a valid {@link QapiTypeCatalog}. */
export function isQapiTypeCatalog(data: unknown): data is QapiTypeCatalog {
  return compiled.validateQapiTypes(data);
}
