/**
 * fast-check arbitraries of QemuOpts strings for one list: typed key=value items, unknown
 * keys, short-form flags with and without `no`, `help`/`?`, `id=`, empty items, stray commas
 * and `,,` escapes, with an implied first value where the list has an implied key.
 *
 * @module
 */
import fc from 'fast-check';
import type { KeyvalFacts, ListFacts } from './qemu-7.2-lists.js';
import { boolValue, freeString, idValue, numberValue, unknownKey, valueOf } from './values.js';

/** A known key with a value of its type (sometimes a wrong one). */
function knownPair(facts: ListFacts): fc.Arbitrary<string> {
  const keys = Object.keys(facts.params);
  return fc.constantFrom(...keys).chain((key) => {
    const own = valueOf(facts.params[key], facts.strings?.[key]);
    const other = fc.oneof(boolValue, numberValue, freeString);
    return fc.oneof({ weight: 8, arbitrary: own }, { weight: 1, arbitrary: other })
      .map((value) => `${key}=${value}`);
  });
}

/** One item of a QemuOpts string. */
function item(facts: ListFacts): fc.Arbitrary<string> {
  const keys = Object.keys(facts.params);
  const boolKeys = keys.filter((k) => facts.params[k] === 'bool');
  const flagKeys = boolKeys.length > 0 ? boolKeys : keys;
  return fc.oneof(
    { weight: 16, arbitrary: knownPair(facts) },
    { weight: 1, arbitrary: unknownKey.map((k) => `${k}=1`) },
    { weight: 2, arbitrary: fc.constantFrom(...flagKeys) },
    { weight: 1, arbitrary: fc.constantFrom(...flagKeys).map((k) => `no${k}`) },
    { weight: 1, arbitrary: fc.constantFrom('help', '?', 'nohelp', 'help=on') },
    { weight: 1, arbitrary: idValue.map((id) => `id=${id}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '=x', 'no', 'id') },
  );
}

/** A first value for the implied key. */
function impliedValue(facts: ListFacts): fc.Arbitrary<string> {
  const key = facts.implied as string;
  return valueOf(facts.params[key], facts.strings?.[key]).filter((v) => !v.includes('='));
}

/** A whole QemuOpts argument for `facts`. */
export function optionString(facts: ListFacts): fc.Arbitrary<string> {
  const head = facts.implied
    ? fc.option(impliedValue(facts), { freq: 4, nil: undefined })
    : fc.constant(undefined);
  const required = fc.option(fc.constant(facts.required ?? []), { freq: 5, nil: [] });
  const trailing = fc.constantFrom('', '', '', '', ',', ',,');
  const general = fc
    .tuple(head, required, fc.array(item(facts), { maxLength: 3 }), trailing)
    .map(([first, needed, items, tail]) => {
      const parts = [...(first === undefined ? [] : [first]), ...needed, ...items];
      return parts.join(',') + (parts.length > 0 ? tail : '');
    });
  return facts.option === '-global' ? fc.oneof(globalShorthand, general) : general;
}

/** `-global DRIVER.PROP=VALUE`, the form people write, with its near misses. */
const globalShorthand = fc
  .tuple(fc.constantFrom('isa-fdc', 'nosuch', 'a.b', ''), fc.constantFrom('driveA', 'x', ''),
    fc.constantFrom('=on', '=', '', '=a,,b'))
  .map(([driver, prop, value]) => `${driver}.${prop}${value}`);

/** A keyval item for `facts`: members with good or wrong values, unknown keys, no `=`. */
function keyvalItem(facts: KeyvalFacts): fc.Arbitrary<string> {
  const members = Object.keys(facts.members);
  const value = (m: string): fc.Arbitrary<string> => {
    const kind = facts.members[m];
    if (kind === 'bool') return boolValue;
    if (kind === 'int') return numberValue;
    return facts.strings?.[m] ? fc.constantFrom(...facts.strings[m]) : freeString;
  };
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...members).chain((m) => value(m).map((v) => `${m}=${v}`)) },
    { weight: 1, arbitrary: unknownKey.map((k) => `${k}=1`) },
    { weight: 1, arbitrary: fc.constantFrom(...members) },
    { weight: 1, arbitrary: fc.constantFrom('help', '?', 'a.b=1', '.x=1', '') },
  );
}

/** A whole keyval argument for `facts`, with an implied first value for `-smp`/`-boot`. */
export function keyvalString(facts: KeyvalFacts): fc.Arbitrary<string> {
  const implied = facts.implied && facts.option !== '-machine'
    ? fc.option(facts.members[facts.implied] === 'int'
      ? numberValue : fc.constantFrom(...(facts.strings?.[facts.implied] ?? ['x'])), { nil: undefined })
    : fc.constant(undefined);
  return fc.tuple(implied, fc.array(keyvalItem(facts), { minLength: 1, maxLength: 3 }))
    .map(([first, items]) => [...(first === undefined ? [] : [first]), ...items].join(','));
}
