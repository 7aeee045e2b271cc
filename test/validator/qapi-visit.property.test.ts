import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintArgv } from '../../src/index.js';
import { BUILTIN_QAPI_TYPES } from '../../src/catalog/builtin-qapi-types.js';

// No argument makes the QAPI checks throw, whatever its members and values, in keyval,
// JSON or QemuOpts form, for every release; each reports at most one error per argument.

/** Member names of the facts (so that arguments reach deep into the types), and junk. */
const names = [...new Set(Object.values(BUILTIN_QAPI_TYPES.types).flatMap((versions) =>
  versions.flatMap((v) => [...(v.members ?? []), ...(v.variants ?? [])].map((m) => m.name))))];
const values = [...new Set(Object.values(BUILTIN_QAPI_TYPES.types).flatMap((versions) =>
  versions.flatMap((v) => (v.values ?? []).map((e) => e.name))))];

const key = fc.oneof(fc.constantFrom(...names),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names, '0', '1'))
    .map(([a, b]) => `${a}.${b}`));
const scalar = fc.oneof(fc.constantFrom(...values), fc.constantFrom('', 'on', '-1', '08',
  '0x10', '99999999999999999999', '1.5', '4294967296', '1-3', 'x'), fc.string({ maxLength: 4 }));
const keyvalArg = fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 6 })
  .map((items) => items.map(([k, v]) => `${k}=${v.replace(/,/g, ',,')}`).join(','));
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.integer(), fc.boolean(), fc.constant(null),
    fc.double(), fc.array(tie('value'), { maxLength: 2 }),
    fc.dictionary(fc.constantFrom(...names), tie('value'), { maxKeys: 3 })),
})).value;
const jsonArg = fc.dictionary(fc.constantFrom(...names), json, { minKeys: 1, maxKeys: 5 })
  .map((o) => JSON.stringify(o));

const option = fc.constantFrom('-blockdev', '-object', '-netdev', '-audiodev', '-audio',
  '-compat', '-display');
const version = fc.constantFrom('7.2', '8.1', '10.0', '10.1', '10.2');

test('property: QAPI-typed arguments never make lint throw, one error at most each', () => {
  fc.assert(fc.property(option, fc.oneof(keyvalArg, jsonArg), version, (name, arg, v) => {
    const { diagnostics } = lintArgv(['qemu-system-x86_64', name, arg], { qemuVersion: v });
    assert.ok(diagnostics.filter((d) => d.severity === 'error').length <= 1);
  }), { numRuns: 3000, seed: 0x4a91 });
});
