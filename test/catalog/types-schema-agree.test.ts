import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './repo-root.js';

// The catalog's TypeScript types (src/catalog/types.ts) and its JSON Schemas (schemas/) are
// written by hand, side by side. These tests read both and check that every interface has
// exactly the properties, and the same required ones, as its schema, and that every string
// union type has the same members as its shared enum.

const INTERFACE_SCHEMAS: Record<string, string> = {
  Availability: 'availability.schema.json',
  Replacement: 'replacement.schema.json',
  ConditionChange: 'condition-change.schema.json',
  HelpLine: 'help-line.schema.json',
  HeadingEntry: 'heading.schema.json',
  OptionEntry: 'option.schema.json',
  HostRestrictedValue: 'host-restricted-value.schema.json',
  Param: 'param.schema.json',
  ParamList: 'param-list.schema.json',
  CatalogSource: 'source.schema.json',
  Catalog: 'catalog.schema.json',
  QapiTypeCatalog: 'qapi-types.schema.json',
  QapiTypeVersion: 'qapi-type-version.schema.json',
  QapiMember: 'qapi-member.schema.json',
  QapiVariant: 'qapi-variant.schema.json',
  QapiEnumValue: 'qapi-enum-value.schema.json',
  BuildFacts: 'build-facts.schema.json',
  MachineFact: 'build-facts-machine.schema.json',
  QomTypeFact: 'build-facts-type.schema.json',
};

const UNION_ENUMS: Record<string, string> = {
  ParamType: 'paramType',
  ArgumentSyntax: 'argumentSyntax',
  QapiTypeKind: 'qapiTypeKind',
};

interface Shape {
  properties: string[];
  required: string[];
}

function readTypes(): { interfaces: Map<string, Shape>; unions: Map<string, string[]> } {
  const interfaces = new Map<string, Shape>();
  const unions = new Map<string, string[]>();
  // The option catalog's types, those of the QAPI type facts (catalog/qapi-types.json) and
  // those of the build facts (catalog/build-facts/).
  const statements = ['types.ts', 'qapi-types.ts', 'build-facts.ts'].flatMap((name) => {
    const path = join(REPO_ROOT, 'src', 'catalog', name);
    return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022)
      .statements;
  });
  for (const node of statements) {
    if (ts.isInterfaceDeclaration(node)) {
      const members = node.members.filter(ts.isPropertySignature);
      const name = (m: ts.PropertySignature) => (m.name as ts.Identifier | ts.StringLiteral).text;
      interfaces.set(node.name.text, {
        properties: members.map(name).sort(),
        required: members.filter((m) => !m.questionToken).map(name).sort(),
      });
    } else if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
      const literals = node.type.types
        .filter(ts.isLiteralTypeNode)
        .map((t) => (t.literal as ts.StringLiteral).text);
      unions.set(node.name.text, literals.sort());
    }
  }
  return { interfaces, unions };
}

function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', file), 'utf8')) as Record<
    string,
    unknown
  >;
}

const types = readTypes();

for (const [iface, file] of Object.entries(INTERFACE_SCHEMAS)) {
  test(`interface ${iface} and ${file} have the same properties and required ones`, () => {
    const shape = types.interfaces.get(iface);
    assert.ok(shape, `types.ts declares ${iface}`);
    const schema = readSchema(file);
    const properties = Object.keys(schema.properties as object).sort();
    assert.deepEqual(properties, shape.properties);
    assert.deepEqual(((schema.required as string[]) ?? []).slice().sort(), shape.required);
    assert.equal(schema.additionalProperties, false, 'closed object');
  });
}

test('every interface in types.ts, qapi-types.ts and build-facts.ts has a schema', () => {
  assert.deepEqual([...types.interfaces.keys()].sort(), Object.keys(INTERFACE_SCHEMAS).sort());
});

for (const [alias, def] of Object.entries(UNION_ENUMS)) {
  test(`type ${alias} has the members of the shared enum ${def}`, () => {
    const defs = readSchema('defs.schema.json').$defs as Record<string, { enum: string[] }>;
    assert.deepEqual(defs[def].enum.slice().sort(), types.unions.get(alias));
  });
}

test('every property of every schema has a description', () => {
  const missing: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (typeof node !== 'object' || node === null) return;
    // A `properties` map is not a schema, even when one of its keys is `properties`.
    const map = where.endsWith('/properties');
    const props = map ? undefined
      : (node as { properties?: Record<string, { description?: string }> }).properties;
    for (const [name, sub] of Object.entries(props ?? {})) {
      if (!sub.description) missing.push(`${where}.${name}`);
    }
    for (const [k, v] of Object.entries(node)) visit(v, `${where}/${k}`);
  };
  for (const file of Object.values(INTERFACE_SCHEMAS)) visit(readSchema(file), file);
  assert.deepEqual(missing, []);
});
