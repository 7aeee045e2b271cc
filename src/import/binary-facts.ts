import {
  BUILD_FACTS_FORMAT,
  type BuildFacts,
  type MachineFact,
  type QomTypeFact,
} from '../catalog/build-facts.js';

/**
 * Asking a QEMU binary about itself over QMP and turning the answers into build facts: the
 * conversation, independent of how the binary is reached (`src/node/import-binary.ts` runs
 * it over a pipe). Only names and types are kept; descriptions and defaults are dropped.
 *
 * @module
 */

/** Sends one QMP command and resolves to its `return` value (rejects on an `error`). */
export type QmpAsk = (command: string, args?: Record<string, unknown>) => Promise<unknown>;

/** A binary that answers, but not as a QEMU system emulator's QMP does. */
export class BuildFactsError extends Error {
  override name = 'BuildFactsError';
}

/** Properties every device instance has that `device-list-properties` leaves out. */
export const HIDDEN_DEVICE_PROPERTIES = ['type', 'realized', 'hotpluggable', 'hotplugged',
  'parent_bus'];

/** One row of `qom-list-types`. */
interface TypeRow {
  name: string;
  parent?: string;
  abstract?: boolean;
}

/** One row of `info qdm`: a device's bus, alias and whether -device may create it. */
interface QdmRow {
  bus?: string;
  alias?: string;
  noUser: boolean;
}

const bad = (what: string): never => {
  throw new BuildFactsError(`the binary answered ${what} in an unexpected shape`);
};

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The rows of a list answer, each checked to have a string `name`. */
function rows(answer: unknown, what: string): Record<string, unknown>[] {
  if (!Array.isArray(answer)) return bad(what);
  return answer.map((row) => (isObject(row) && typeof row.name === 'string' ? row : bad(what)));
}

/** The rows of `qom-list-types` for types implementing `iface`, abstract ones included. */
async function listTypes(ask: QmpAsk, iface: string): Promise<TypeRow[]> {
  const answer = await ask('qom-list-types', { implements: iface, abstract: true });
  return rows(answer, `qom-list-types(${iface})`).map((r) => ({
    name: r.name as string,
    ...(typeof r.parent === 'string' ? { parent: r.parent } : {}),
    ...(r.abstract === true ? { abstract: true } : {}),
  }));
}

/**
 * String properties that name another option's id, told apart by what QEMU says they are
 * (the same since 7.2): their type is recorded as the id namespace they refer to.
 */
const REFERENCES: [RegExp, string][] = [
  [/^ID of a chardev\b/, 'chr'],
  [/^ID of a netdev\b/, 'netdev'],
  [/^Node name or ID of a block device\b/, 'drive'],
  [/^ID of an audiodev\b/, 'audiodev'],
  [/^ID of a tpm\b/, 'tpmdev'],
];

/**
 * Properties whose setter reads its own syntax, told apart by what QEMU says they are (the
 * same since 7.2): their type is recorded as that syntax.
 */
const SYNTAXES: [string, RegExp, string][] = [
  ['str', /^Ethernet 6-byte MAC Address\b/, 'macaddr'],
  ['str', /^UUID \(aka GUID\)/, 'uuid'],
  ['int32', /^Slot and optional function number\b/, 'pci-devfn'],
];

/**
 * The type recorded for a listed property: its QOM type, the namespace it refers to, or the
 * syntax its setter reads.
 */
function recordedType(row: Record<string, unknown>): string {
  const type = typeof row.type === 'string' ? row.type : '';
  const about = typeof row.description === 'string' ? row.description : '';
  const syntax = SYNTAXES.find(([t, pattern]) => t === type && pattern.test(about));
  if (syntax !== undefined) return syntax[2];
  if (type !== 'str') return type;
  return REFERENCES.find(([pattern]) => pattern.test(about))?.[1] ?? type;
}

/** Name to type of a property listing, without the names in `skip`. */
function propertyMap(answer: unknown, what: string, skip: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows(answer, what)) {
    const name = r.name as string;
    if (skip.includes(name) || name.startsWith('legacy-')) continue;
    out.set(name, recordedType(r));
  }
  return out;
}

/** `info qdm` read: `name "T"[, bus B][, alias "A"][, desc "…"][, no-user]` per device. */
export function readQdm(text: string): Map<string, QdmRow> {
  const out = new Map<string, QdmRow>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^name "([^"]*)"(?:, bus (\S+?))?(?:, alias "([^"]*)")?(?:,|$)/.exec(line);
    if (m === null) continue;
    out.set(m[1], { ...(m[2] ? { bus: m[2] } : {}), ...(m[3] ? { alias: m[3] } : {}),
      noUser: line.endsWith(', no-user') });
  }
  return out;
}

/** The machines of `query-machines`, sorted by name. */
function machinesOf(answer: unknown): MachineFact[] {
  return rows(answer, 'query-machines').map((r) => ({
    name: r.name as string,
    ...(typeof r.alias === 'string' ? { alias: r.alias } : {}),
    ...(r['is-default'] === true ? { isDefault: true } : {}),
    ...(r.deprecated === true ? { deprecated: true } : {}),
    ...(Number.isInteger(r['cpu-max']) ? { cpuMax: r['cpu-max'] as number } : {}),
  })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `X.Y.Z` from a `query-version` answer. */
function versionOf(answer: unknown): { version: string; pkg?: string } {
  const q = isObject(answer) && isObject(answer.qemu) ? answer.qemu : bad('query-version');
  const parts = [q.major, q.minor, q.micro];
  if (!parts.every((p) => Number.isInteger(p))) bad('query-version');
  const pkg = isObject(answer) && typeof answer.package === 'string' && answer.package !== ''
    ? answer.package.trim() : undefined;
  return { version: parts.join('.'), ...(pkg ? { pkg } : {}) };
}

const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort();

/** Asks the binary behind `ask` everything lint uses and returns its build facts. */
export async function collectBuildFacts(ask: QmpAsk): Promise<BuildFacts> {
  const { version, pkg } = versionOf(await ask('query-version'));
  const targetAnswer = await ask('query-target');
  const target = isObject(targetAnswer) && typeof targetAnswer.arch === 'string'
    ? targetAnswer.arch : bad('query-target');
  const machines = machinesOf(await ask('query-machines'));
  const qdmAnswer = await ask('human-monitor-command', { 'command-line': 'info qdm' });
  const qdm = readQdm(typeof qdmAnswer === 'string' ? qdmAnswer : bad('info qdm'));
  const deviceRows = await listTypes(ask, 'device');
  const machineRows = await listTypes(ask, 'machine');

  const full = new Map<string, Map<string, string>>();
  const unlisted: string[] = [];
  for (const row of deviceRows) {
    if (row.abstract || qdm.get(row.name)?.noUser !== false) continue;
    const answer = await ask('device-list-properties', { typename: row.name })
      .catch((e: unknown) => e as Error);
    // The binary exits on a type whose module is missing: its properties stay unknown.
    if (answer instanceof Error) unlisted.push(row.name);
    else full.set(row.name, propertyMap(answer, `device-list-properties(${row.name})`, []));
  }
  for (const machine of machines) {
    const type = `${machine.name}-machine`;
    const answer = await ask('qom-list-properties', { typename: type })
      .catch((e: unknown) => e as Error);
    if (answer instanceof Error) unlisted.push(type);
    else full.set(type, propertyMap(answer, `qom-list-properties(${type})`, ['type']));
  }
  const cpus = rows(await ask('query-cpu-definitions'), 'query-cpu-definitions');
  const backends = rows(await ask('query-chardev-backends'), 'query-chardev-backends');
  const accels = await listTypes(ask, 'accel');

  const types = typeTable([...deviceRows, ...machineRows], new Set(deviceRows.map((r) => r.name)),
    qdm, full);
  for (const name of unlisted) if (Object.hasOwn(types, name)) types[name].propertiesUnknown = true;
  return {
    format: BUILD_FACTS_FORMAT,
    qemuVersion: version,
    ...(pkg ? { package: pkg } : {}),
    target,
    machines,
    types,
    cpuModels: sorted(cpus.map((c) => c.name as string)),
    chardevBackends: sorted(backends.map((b) => b.name as string)),
    accelerators: sorted(accels.filter((a) => !a.abstract && a.name.endsWith('-accel'))
      .map((a) => a.name.slice(0, -'-accel'.length))),
    enums: {},
  };
}

/**
 * The type table: each type with its parent and flags, and as its own properties those that
 * every listed descendant of it has (with the same type) and its parent does not give. A
 * type's full set is then the union along its chain, equal to what the binary listed.
 */
function typeTable(
  typeRows: readonly TypeRow[],
  devices: ReadonlySet<string>,
  qdm: ReadonlyMap<string, QdmRow>,
  full: ReadonlyMap<string, Map<string, string>>,
): Record<string, QomTypeFact> {
  // Only parents in the table: an ancestor left out (`object`) must not take properties.
  const listed = new Set(typeRows.map((r) => r.name));
  const parents = new Map(typeRows.flatMap((r) =>
    (r.parent !== undefined && listed.has(r.parent) ? [[r.name, r.parent]] : [])));
  const common = new Map<string, Map<string, string>>();
  for (const [leaf, props] of full) {
    for (let t: string | undefined = leaf; t !== undefined; t = parents.get(t)) {
      const have = common.get(t);
      if (have === undefined) common.set(t, new Map(props));
      else for (const [k, v] of have) if (props.get(k) !== v) have.delete(k);
    }
  }
  const out: Record<string, QomTypeFact> = {};
  for (const row of [...typeRows].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (Object.hasOwn(out, row.name)) continue;
    const fact: QomTypeFact = {};
    if (row.parent !== undefined) fact.parent = row.parent;
    if (row.abstract) fact.abstract = true;
    if (devices.has(row.name)) {
      fact.device = true;
      const q = qdm.get(row.name);
      if (q?.bus) fact.bus = q.bus;
      if (q?.alias) fact.alias = q.alias;
      if (!row.abstract && q?.noUser !== false) fact.noUser = true;
    }
    const parent = parents.get(row.name);
    const own = ownProperties(common.get(row.name), parent && common.get(parent));
    if (own) fact.properties = own;
    out[row.name] = fact;
  }
  return out;
}

/** The properties of `mine` that `parents` does not have, sorted; undefined if none. */
function ownProperties(mine: Map<string, string> | undefined,
  parents: Map<string, string> | undefined | ''): Record<string, string> | undefined {
  if (mine === undefined) return undefined;
  const own = [...mine].filter(([k]) => !(parents && parents.has(k))).sort();
  return own.length > 0 ? Object.fromEntries(own) : undefined;
}
