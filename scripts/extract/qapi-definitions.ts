/**
 * QEMU's QAPI schema of one release as named definitions: reads `qapi-schema.json` and the
 * files it includes (`{ 'include': 'x.json' }`, relative to the including file), with the
 * project's grammar (`grammar/qapi-schema/`). Errors name the file, line and column.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readQapiSchemaText, type QapiValue } from '../../grammar/qapi-schema/parser.js';

/** A top-level definition: its keyword (`struct`, `enum` …), its expression and file. */
export interface QapiDefinition {
  /** `struct`, `union`, `alternate`, `enum`, `command` or `event`. */
  meta: string;
  /** The whole expression. */
  expr: { [key: string]: QapiValue };
  /** `file:line:column` of the expression, for error messages. */
  where: string;
}

const METAS = ['struct', 'union', 'alternate', 'enum', 'command', 'event'];

/** Every definition reachable through includes from `root`, by name. */
export function readQapiDefinitions(root: string): Map<string, QapiDefinition> {
  const out = new Map<string, QapiDefinition>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const read = readQapiSchemaText(readFileSync(file, 'utf8'));
    const error = read.errors[0];
    if (error) throw new Error(`${file}:${error.at.line}:${error.at.column}: ${error.message}`);
    for (const { value, at } of read.expressions) {
      const where = `${file}:${at.line}:${at.column}`;
      if (typeof value.include === 'string') {
        visit(join(dirname(file), value.include));
        continue;
      }
      const meta = METAS.find((m) => Object.hasOwn(value, m));
      if (meta === undefined) continue; // pragma
      const name = value[meta];
      if (typeof name !== 'string') throw new Error(`${where}: '${meta}' needs a name`);
      if (out.has(name)) throw new Error(`${where}: '${name}' is defined twice`);
      out.set(name, { meta, expr: value, where });
    }
  };
  visit(root);
  return out;
}
