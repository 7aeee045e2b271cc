import type {
  Availability,
  Catalog,
  HeadingEntry,
  CatalogEntry,
  ConditionChange,
  HelpLine,
  OptionEntry,
  Param,
  ParamList,
} from '../../src/catalog/types.js';
import type { RawList } from './qemu-opts-lists.js';
import type { OptionRecord } from './rst-records.js';

/**
 * Composes the built-in catalog from what was read from each sampled release's sources, our
 * hand-kept facts (`catalog/extract/facts.json`) and our own words (`catalog/extract/text.json`).
 *
 * @module
 */

/** The facts read from one sampled release. */
export interface ReleaseFacts {
  release: string;
  /** "since" facts of QAPI struct members, by struct name (newest release only). */
  qapiSince?: Map<string, Map<string, string>>;
  /** The release's qemu-options.hx as the hx importer reads it (with QEMU's text). */
  entries: CatalogEntry[];
  lists: Map<string, RawList>;
}

/** Hand-kept facts (spec sections 1.15, 3.4, 4 and 8), see `catalog/extract/facts.json`. */
export interface HandFacts {
  releases: string[];
  note: string;
  options: Record<string, Partial<Pick<OptionEntry, 'syntax' | 'list' | 'versions'>> & {
    conditionHistory?: ConditionChange[];
  }>;
  lists: Record<
    string,
    Partial<ParamList> & {
      paramFacts?: Record<string, Partial<Param>>;
      /** The QAPI struct whose member docs say when each parameter came (keyval options). */
      qapiStruct?: string;
      /** The option's caller parses without the list's implied key (permit_abbrev false). */
      callerIgnoresImpliedKey?: boolean;
    }
  >;
  keyvalLists: Record<string, ParamList>;
}

/** Our own text, see `catalog/extract/text.json`. */
export interface OwnText {
  options: Record<string, string>;
}

type RawOption = OptionEntry;

/** Options of all releases, newest file order, older-only ones after their predecessor. */
function mergedOrder(samples: ReleaseFacts[]): string[] {
  const order: string[] = [];
  for (const sample of [...samples].reverse()) {
    const names = sample.entries.filter((e) => e.kind === 'option').map((e) => e.name);
    names.forEach((name, i) => {
      if (order.includes(name)) return;
      const before = names.slice(0, i).reverse().find((n) => order.includes(n));
      order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, name);
    });
  }
  return order;
}

/**
 * since/removed from the sampled releases that have something (`present[i]`). Where a
 * sample gives the release only as an upper bound, the previous sample bounds it from below:
 * `sinceAfter` (newest sample without it), `removedAfter` (newest sample still with it).
 * Releases in between are uncertain (`catalog/versions.ts`, `releaseStatus`).
 *
 * LIMITATION(#3): for a release inside such a window (e.g. -shim between 7.2 and 10.0) the
 * user gets a `version-uncertain` note instead of a verdict, until a sourced fact in
 * `catalog/extract/facts.json` or another sampled release closes the window.
 */
function sampledAvailability(samples: ReleaseFacts[], present: boolean[]): Availability {
  const out: Availability = {};
  const first = present.indexOf(true);
  if (first > 0) {
    out.since = samples[first].release;
    out.sinceAfter = samples[first - 1].release;
  }
  const gone = present.findIndex((p, i) => i > first && !p);
  if (gone > 0) {
    out.removed = samples[gone].release;
    out.removedAfter = samples[gone - 1].release;
  }
  return out;
}

/**
 * The availability from sampling, overridden by exact facts in order (QEMU's records, our
 * facts): an exact `since` or `removed` drops the sampled bound that went with it.
 */
function withExactFacts(sampled: Availability, ...exact: (Availability | undefined)[]) {
  const out: Availability = { ...sampled };
  for (const facts of exact) {
    if (facts === undefined) continue;
    if (facts.since !== undefined) delete out.sinceAfter;
    if (facts.removed !== undefined) delete out.removedAfter;
    Object.assign(out, facts);
  }
  return out;
}

/** Conditions that differ between sampled releases, as history (newest is the entry's). */
function history(samples: ReleaseFacts[], conds: (string | undefined | null)[]) {
  const out: ConditionChange[] = [];
  const present = conds.map((c, i) => ({ c, i })).filter((x) => x.c !== null);
  const newest = present[present.length - 1]?.c;
  for (let k = 0; k < present.length; k++) {
    const { c, i } = present[k];
    if (c === newest || (k > 0 && present[k - 1].c === c)) continue; // inside a run
    const next = present.slice(k + 1).find((x) => x.c !== c);
    const change: ConditionChange = c === undefined ? {} : { condition: c as string };
    if (k > 0) change.since = samples[i].release;
    if (next) change.until = samples[next.i].release;
    out.push(change);
  }
  return out;
}

/**
 * The synopsis part of a `-help` line, or undefined for a line that is no synopsis. A
 * synopsis line starts with `-` at column 0, or continues one (indented less than 16, then
 * `[` or `,`). QEMU puts a one-line description at column 16 after a synopsis of at most 15
 * characters (spec 6.2); that description is QEMU's prose and is cut off.
 */
export function synopsisOf(line: string): string | undefined {
  const text = line.replace(/\n$/, '');
  if (!/^-\S|^ {1,15}[[,]/.test(text)) return undefined;
  let synopsis = text.trimEnd();
  const gap = /^( *\S.*?\S) {2,}\S/.exec(text);
  if (gap) synopsis = gap[1];
  else if (text[0] !== '-') synopsis = text.trimEnd();
  else if (text[15] === ' ' && text.length > 16 && text[16] !== ' ') synopsis = text.slice(0, 15);
  else if (text[14] === ' ' && text.length > 15 && text[15] !== ' ') synopsis = text.slice(0, 14);
  synopsis = synopsis.trimEnd();
  // Guard: a run of four plain lowercase words is prose, never part of a synopsis.
  if (/(^| )[a-z]+ [a-z]+ [a-z]+ [a-z]+( |$)/.test(synopsis)) {
    throw new Error(`synopsis looks like prose, refusing to copy it: ${synopsis}`);
  }
  return synopsis;
}

/** A DEF's help as physical lines, each the fragments (with conditions) that make it up. */
function physicalLines(raw: RawOption): HelpLine[][] {
  const out: HelpLine[][] = [];
  let current: HelpLine[] = [];
  for (const fragment of raw.help) {
    current.push(fragment);
    if (fragment.text.endsWith('\n')) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * QEMU's synopsis lines of a DEF (facts), without the descriptions. A line made of
 * conditional fragments keeps them, so that each build shows its own synopsis.
 */
function synopses(raw: RawOption): HelpLine[][] {
  const out: HelpLine[][] = [];
  for (const fragments of physicalLines(raw)) {
    const whole = fragments.map((f) => f.text).join('');
    const text = synopsisOf(whole);
    if (text === undefined) continue;
    if (fragments.length > 1 && text === whole.replace(/\n$/, '').trimEnd()) {
      out.push(fragments.map((f) => ({ ...f, text: f.text.replace(/\n$/, '') })));
    } else {
      const condition = fragments[0].condition;
      out.push([condition ? { text, condition } : { text }]);
    }
  }
  return out;
}

/** Our help block: the synopsis lines and our description at column 16 (spec 6.2). */
function helpBlock(raw: RawOption, synopsis: HelpLine[][], description: string): HelpLine[] {
  if (raw.help.length === 0) return [];
  const only = synopsis.length === 1 && synopsis[0].length === 1 ? synopsis[0][0] : undefined;
  if (only && only.text.length < 16 && !only.condition) {
    return [{ text: `${only.text.padEnd(16)}${description}\n` }];
  }
  const out: HelpLine[] = [];
  for (const line of synopsis) {
    const last = line.length - 1;
    line.forEach((f, i) => out.push({ ...f, text: i === last ? `${f.text}\n` : f.text }));
  }
  out.push({ text: `${' '.repeat(16)}${description}\n` });
  return out;
}

/** Our rST block: the first synopsis (all its fragments) as the term, our description. */
function docBlock(name: string, synopsis: HelpLine[][], description: string): string {
  const first = synopsis[0]?.map((f) => f.text).join('').trim();
  return `\`\`${first || `-${name}`}\`\`\n    ${description}\n`;
}

function composeOption(
  name: string,
  samples: ReleaseFacts[],
  facts: HandFacts,
  records: Map<string, OptionRecord>,
  text: OwnText,
): OptionEntry {
  const raws = samples.map(
    (s) => s.entries.find((e): e is RawOption => e.kind === 'option' && e.name === name) ?? null,
  );
  const raw = raws.filter((r): r is RawOption => r !== null).pop()!;
  const description = text.options[name];
  if (description === undefined) throw new Error(`catalog/extract/text.json: no text for -${name}`);
  const synopsis = synopses(raw);
  const help = helpBlock(raw, synopsis, description);
  const hand = facts.options[name] ?? {};
  const versions = withExactFacts(
    sampledAvailability(samples, raws.map((r) => r !== null)),
    records.get(name),
    hand.versions,
  );
  const option: OptionEntry = {
    kind: 'option',
    name,
    hasArg: raw.hasArg,
    enumName: raw.enumName,
    arches: raw.arches,
    ...(raw.condition ? { condition: raw.condition } : {}),
    help,
    doc: docBlock(name, synopsis, description),
    ...(hand.syntax ? { syntax: hand.syntax } : {}),
    ...(hand.list ? { list: hand.list } : {}),
  };
  if (Object.keys(versions).length > 0) option.versions = versions;
  const conditions = raws.map((r) => (r ? r.condition : null));
  const changes = hand.conditionHistory ?? history(samples, conditions);
  if (changes.length > 0) option.conditionHistory = changes;
  return option;
}

function composeParams(
  samples: ReleaseFacts[],
  lists: (RawList | null)[],
  hand: HandFacts['lists'][string],
  records: Map<string, OptionRecord>,
) {
  const listName = lists.find((l) => l !== null)!.name;
  const names: string[] = [];
  for (const list of [...lists].reverse()) {
    if (!list) continue;
    list.descs.forEach((d, i) => {
      if (names.includes(d.name)) return;
      const before = list.descs.slice(0, i).reverse().find((p) => names.includes(p.name));
      names.splice(before === undefined ? 0 : names.indexOf(before.name) + 1, 0, d.name);
    });
  }
  // A parameter whose type changed between releases (7.2's bool -overcommit mem-lock became a
  // string) is one entry per type, each with the releases that have that type.
  return names.flatMap((name): Param[] => {
    const descs = lists.map((l) => l?.descs.find((d) => d.name === name) ?? null);
    const types = [...new Set(descs.filter((d) => d !== null).map((d) => d!.type))];
    return types.map((type) => {
      const typed = descs.map((d) => (d !== null && d.type === type ? d : null));
      const d = typed.filter((x) => x !== null).pop()!;
      const extra = hand?.paramFacts?.[name] ?? {};
      // Facts for one type of a retyped key live under `NAME (TYPE)`, e.g. `mem-lock (bool)`.
      const typeFacts = types.length > 1 ? hand?.paramFacts?.[`${name} (${type})`] : undefined;
      const present = typed.map((x) => x !== null);
      const recorded = types.length === 1 ? records.get(`${listName} ${name}`) : undefined;
      const qapi = hand?.qapiStruct
        ? samples[samples.length - 1].qapiSince?.get(hand.qapiStruct)?.get(name)
        : undefined;
      const versions = withExactFacts(
        sampledAvailability(samples, present),
        qapi && types.length === 1 && present[0] === false ? { since: qapi } : undefined,
        recorded,
        extra.versions,
        typeFacts?.versions,
      );
      const param: Param = { name, type };
      if (d.default !== undefined) param.default = d.default;
      if (d.condition) param.condition = d.condition;
      if (extra.hostRestrictedValues) param.hostRestrictedValues = extra.hostRestrictedValues;
      // Value sets are for string parameters (a bool of an older release keeps its own check).
      if (extra.values && type === 'string') param.values = extra.values;
      if (Object.keys(versions).length > 0) param.versions = versions;
      // LIMITATION(#2): QEMU's descriptor help is QEMU's prose and is not copied; only that it
    // exists is kept, so `help OPTION` for such lists (drive, add-fd, fw_cfg, iscsi, name,
    // msg, fsdev's throttling keys) lacks the ` - text` part that QEMU prints.
    param.qemuHasHelp = d.hasHelp;
      return param;
    });
  });
}

function composeList(
  name: string,
  samples: ReleaseFacts[],
  facts: HandFacts,
  records: Map<string, OptionRecord>,
): ParamList {
  const lists = samples.map((s) => s.lists.get(name) ?? null);
  const raw = lists.filter((l): l is RawList => l !== null).pop()!;
  const hand = facts.lists[name] ?? {};
  const list: ParamList = {
    name,
    // The implied key only counts when the option's caller permits it (spec 1.15).
    ...(raw.impliedKey && !hand.callerIgnoresImpliedKey ? { impliedKey: raw.impliedKey } : {}),
    merge: raw.merge,
    acceptsAny: raw.name === 'drive' || raw.descs.length === 0,
    params: composeParams(samples, lists, hand, records),
    ...(raw.condition ? { condition: raw.condition } : {}),
  };
  const present = lists.map((l) => l !== null);
  const versions = withExactFacts(sampledAvailability(samples, present), hand.versions);
  if (Object.keys(versions).length > 0) list.versions = versions;
  const conditions = lists.map((l) => (l ? l.condition : null));
  const changes = hand.conditionHistory ?? history(samples, conditions);
  if (changes.length > 0) list.conditionHistory = changes;
  return list;
}

/** The built-in catalog. `samples` are the sampled releases, oldest first. */
export function composeCatalog(
  samples: ReleaseFacts[],
  facts: HandFacts,
  records: Map<string, OptionRecord>,
  text: OwnText,
): Catalog {
  const newest = samples[samples.length - 1];
  const order = mergedOrder(samples);
  const entries: CatalogEntry[] = [];
  const placed = new Set<string>();
  const place = (name: string) => {
    if (placed.has(name)) return;
    placed.add(name);
    entries.push(composeOption(name, samples, facts, records, text));
  };
  for (const e of newest.entries) {
    if (e.kind === 'heading') {
      // Only the heading's facts: its rST blocks are QEMU's prose.
      const heading: HeadingEntry = { kind: 'heading', text: e.text };
      if (e.arches) heading.arches = e.arches;
      if (e.condition) heading.condition = e.condition;
      entries.push(heading);
      continue;
    }
    // Options that only older releases have go right before the next newest one after them.
    for (const name of order.slice(0, order.indexOf(e.name))) place(name);
    place(e.name);
  }
  for (const name of order) place(name);

  const lists: Record<string, ParamList> = {};
  const names = new Set(samples.flatMap((s) => [...s.lists.keys()]));
  for (const name of [...names].sort()) lists[name] = composeList(name, samples, facts, records);
  // LIMITATION(#4): the keyval lists (machine, display) hold only the generic members of
  // spec 8 and accept any other key, so board- or display-specific keys are not checked.
  for (const [name, list] of Object.entries(facts.keyvalLists)) lists[name] = list;
  return {
    format: 1,
    releases: facts.releases,
    source: { kind: 'builtin', textBy: 'qemu-opts', note: facts.note },
    entries,
    lists,
  };
}
