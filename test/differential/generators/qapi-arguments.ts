/**
 * fast-check arbitraries of QAPI-typed arguments for the QAPI differential test
 * (`qapi-differential.test.ts`): QemuOpts and JSON `-object`, keyval and JSON `-blockdev`,
 * QemuOpts and JSON `-netdev`, keyval and JSON `-audiodev`, `-compat` and `-display`
 * arguments built from hand-picked safe templates:
 * required members (sometimes left out), typed members with good and bad values, unknown
 * and misspelt members, nested structs and lists.
 *
 * Safety: only `memory-backend-ram`/`-file` (small sizes, a relative `mem-path`), `secret`
 * (inline data), `iothread`, `throttle-group` and `authz-simple` objects; `null-co`,
 * `null-aio`, and `raw`/`qcow2` over `null-co` block nodes; `user` (no forwarding) and
 * `hubport` netdevs; `none` and `wav` (relative path) audio; display `none` or types that
 * fail while parsing. No socket, device file or path with `/`.
 *
 * @module
 */
import fc from 'fast-check';
import { distinctSample } from './distinct-sample.js';

/** A value pool for a member: [good values, bad values]. */
type Pool = readonly [readonly Scalar[], readonly Scalar[]];
type Scalar = string | number | boolean | null | Scalar[] | { [k: string]: Scalar };

const BOOL: Pool = [['on', 'off', 'yes', 'n'], ['maybe', '1', '', 'On']];
const INT: Pool = [['0', '1', '42', '0x10', '-1'], ['x', '', '1.5', '99999999999999999999']];
const UINT: Pool = [['0', '1', '4096', '0x20'], ['x', '-', '1k', '18446744073709551616']];
const U32: Pool = [['1', '100', '44100'], ['4294967296', 'x', '-1']];
const SIZE: Pool = [['1M', '4096', '2M', '0x100000'], ['x', '1Q', '', '-1']];
const STR: Pool = [['a', 'x,,y', 'n1'], []];
const enumPool = (good: string[], bad: string[] = ['nosuch', 'ON']): Pool => [good, bad];

/** A member a template may add: its name and pool; `json` overrides the JSON pool. */
interface MemberPool {
  name: string;
  pool: Pool;
  /** JSON values (good, bad) when keyval strings do not carry over. */
  json?: Pool;
}

/** A safe argument shape: fixed required members and optional ones to draw from. */
interface Template {
  option: string;
  /** Required members with a good value, in writing order (keyval: first is implied?). */
  required: [string, Scalar][];
  /** Members to draw from. */
  members: MemberPool[];
  /** Whether the argument may be written as keyval (else only JSON). */
  keyval: boolean;
  /** The implied key of the keyval form. */
  implied?: string;
}

const JBOOL: Pool = [[true, false], ['on', 1, null]];
const JINT: Pool = [[0, 1, 42, -1], ['1', true, 1.5, 18446744073709551615]];
const JUINT: Pool = [[0, 1, 4096], ['1', -1.5, true]];
const JSIZE: Pool = [[1048576, 4096], ['1M', -1.5, false]];
const JSTR: Pool = [['a', 'n1'], [1, true, null, ['a']]];

const m = (name: string, pool: Pool, json?: Pool): MemberPool => ({ name, pool, json });

const BLOCK_COMMON = [
  m('read-only', BOOL, JBOOL), m('auto-read-only', BOOL, JBOOL),
  m('discard', enumPool(['ignore', 'unmap', 'on']), [['ignore', 'unmap'], ['x', 1]]),
  m('detect-zeroes', enumPool(['off', 'on', 'unmap']), [['off', 'on'], ['x', true]]),
  m('cache.direct', BOOL), m('cache.no-flush', BOOL),
  m('cache', [[], ['x']], [[{ 'no-flush': true }],
    ['x', { direct: 'on' }, { nosuch: 1 }]]),
  m('node-name', [['n1', 'abc'], []], JSTR),
];
const NULL_MEMBERS = [
  ...BLOCK_COMMON, m('size', INT, JINT), m('latency-ns', UINT, JUINT),
  m('read-zeroes', BOOL, JBOOL),
];
const FILE_NULL: [string, Scalar][] = [['node-name', 'b0'], ['file.driver', 'null-co']];
const NODE: [string, Scalar][] = [['node-name', 'b0']];

const TEMPLATES: Template[] = [
  { option: '-blockdev', required: [['driver', 'null-co'], ...NODE], members: NULL_MEMBERS,
    keyval: true, implied: 'driver' },
  { option: '-blockdev', required: [['driver', 'null-aio'], ...NODE], members: NULL_MEMBERS,
    keyval: true, implied: 'driver' },
  { option: '-blockdev', required: [['driver', 'raw'], ...FILE_NULL], keyval: true,
    implied: 'driver', members: [...BLOCK_COMMON, m('offset', INT, JINT), m('size', INT, JINT),
      m('file.size', INT), m('file.read-zeroes', BOOL), m('file.nosuch', STR)] },
  { option: '-blockdev', required: [['driver', 'qcow2'], ...FILE_NULL], keyval: true,
    implied: 'driver', members: [...BLOCK_COMMON, m('l2-cache-size', INT, JINT),
      m('lazy-refcounts', BOOL, JBOOL), m('cache-clean-interval', INT, JINT),
      m('overlap-check', enumPool(['none', 'all', 'cached']), [['none', { template: 'all' }],
        [1, { template: 'x' }, { nosuch: 1 }]]), m('overlap-check.template', enumPool(['all'])),
      m('pass-discard-request', BOOL, JBOOL), m('encrypt.format', enumPool(['aes']))] },
  { option: '-blockdev', required: [['driver', 'nul-co'], ...NODE], members: NULL_MEMBERS,
    keyval: true, implied: 'driver' },
  { option: '-object', required: [['qom-type', 'memory-backend-ram'], ['id', 'm0'],
    ['size', 1048576]], keyval: true, implied: 'qom-type', members: [m('share', BOOL, JBOOL),
    m('merge', BOOL, JBOOL),
    m('dump', BOOL, JBOOL), m('prealloc', BOOL, JBOOL), m('size', SIZE, JSIZE),
    m('policy', enumPool(['default', 'bind']), [['default', 'preferred'], ['nosuch', 1]]),
    m('host-nodes', [['0', '0-1'], ['x', '70000', '0-70000']], [[[0]], [0, [70000], ['a']]]),
    m('prealloc-threads', U32, JUINT),
    m('x-use-canonical-path-for-ramblock-id', BOOL, JBOOL)] },
  { option: '-object', required: [['qom-type', 'memory-backend-file'], ['id', 'f0'],
    ['size', 1048576], ['mem-path', 'mem.bin']], keyval: true, implied: 'qom-type', members: [
    m('share', BOOL, JBOOL), m('align', SIZE, JSIZE), m('discard-data', BOOL, JBOOL),
    m('pmem', BOOL, JBOOL), m('readonly', BOOL, JBOOL), m('mem-path', STR, JSTR)] },
  { option: '-object', required: [['qom-type', 'secret'], ['id', 's0'], ['data', 'abc']],
    keyval: true, implied: 'qom-type', members: [m('format', STR, [['raw', 'base64'], ['hex', 1]]),
      m('keyid', STR, JSTR), m('iv', STR, JSTR), m('loaded', STR, JBOOL)] },
  { option: '-object', required: [['qom-type', 'iothread'], ['id', 'io0']], keyval: true,
    implied: 'qom-type',
    members: [m('poll-max-ns', INT, JINT), m('poll-grow', INT, JINT),
      m('poll-shrink', INT, JINT), m('aio-max-batch', INT, JINT)] },
  { option: '-object', required: [['qom-type', 'throttle-group'], ['id', 't0']], keyval: true,
    implied: 'qom-type',
    members: [m('limits', STR, [[{ 'iops-total': 100 }, {}], [{ 'iops-total': 'x' }, 1,
      { nosuch: 1 }]]), m('x-iops-total', INT, JINT), m('x-bps-read', INT, JINT)] },
  { option: '-object', required: [['qom-type', 'authz-simple'], ['id', 'a0'], ['identity', 'u']],
    keyval: true, implied: 'qom-type', members: [m('identity', STR, JSTR)] },
  { option: '-object', required: [['qom-type', 'no-such-type'], ['id', 'x0']], keyval: true,
    implied: 'qom-type',
    members: [] },
  { option: '-netdev', required: [['type', 'user'], ['id', 'n0']], keyval: true,
    implied: 'type', members: [
    m('ipv4', BOOL, JBOOL), m('ipv6', BOOL, JBOOL), m('restrict', BOOL, JBOOL),
    m('net', STR, [['10.0.3.0', '10.0.3.0'], [1, '10.0.3.0x']]), m('hostname', STR, JSTR),
    m('dnssearch', STR, [[[{ str: 'a' }]], ['a', [{ str: 1 }], [{ nosuch: 'a' }]]]),
    m('ipv6-prefixlen', INT, JINT), m('domainname', STR, JSTR)] },
  { option: '-netdev', required: [['type', 'hubport'], ['id', 'h0'], ['hubid', 0]],
    keyval: true, implied: 'type', members: [m('hubid', INT, [[0, 1], ['1', 4294967296, -2147483649]]),
      m('netdev', STR, JSTR)] },
  { option: '-audiodev', required: [['driver', 'none'], ['id', 'a0']], keyval: true,
    implied: 'driver', members: [m('timer-period', U32, JUINT), m('out.frequency', U32),
      m('out.mixing-engine', BOOL), m('out.format', enumPool(['s16', 'u8', 'f32'])),
      m('in.channels', U32), m('in.voices', U32), m('in.buffer-length', U32),
      m('out', [[], ['x']], [[{ frequency: 8000 }], [{ frequency: '1' }, 'x', { nosuch: 1 }]]),
      m('out.fixed-settings', BOOL)] },
  { option: '-audiodev', required: [['driver', 'wav'], ['id', 'w0']], keyval: true,
    implied: 'driver', members: [m('path', [['out.wav', 'a.wav'], []], JSTR),
      m('out.frequency', U32), m('timer-period', U32, JUINT)] },
  { option: '-compat', required: [], keyval: true, members: [
    m('deprecated-input', enumPool(['accept', 'reject', 'crash'])),
    m('deprecated-output', enumPool(['accept', 'hide'])),
    m('unstable-input', enumPool(['accept', 'reject'])),
    m('unstable-output', enumPool(['accept', 'hide']))] },
  { option: '-display', required: [['type', 'none']], keyval: true, implied: 'type', members: [
    m('full-screen', BOOL, JBOOL), m('window-close', BOOL, JBOOL), m('show-cursor', BOOL, JBOOL),
    m('gl', enumPool(['off']), [['off'], ['x', true]]), m('type', enumPool(['none'],
      ['nosuch', 'cocoa', 'None']))] },
];

/** A misspelling of a member name, or a name no struct has. */
const unknownKey = (names: string[]) => fc.oneof(
  fc.constantFrom('nosuch', 'foo', 'zz', 'x-y'),
  fc.constantFrom(...(names.length > 0 ? names : ['id'])).map((n) => `${n}x`),
);

/** `arbitrary`'s value one time in six, else undefined. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** A JSON value for a member pool (keyval strings carry over where no JSON pool is given). */
function jsonOf(member: MemberPool, bad: boolean): Scalar[] {
  const pool = member.json ?? member.pool;
  return [...(bad ? pool[1] : pool[0])];
}

/** The members of one case: required (some left out), drawn ones, an unknown one. */
const caseMembers = (t: Template, json: boolean) => fc.record({
  drop: rarely(fc.nat({ max: Math.max(0, t.required.length - 1) })),
  picks: fc.subarray(t.members.map((_, i) => i), { maxLength: Math.min(4, t.members.length) }),
  bad: fc.array(fc.nat({ max: 3 }).map((n) => n === 0), { minLength: 4, maxLength: 4 }),
  seeds: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  unknown: rarely(unknownKey(t.members.map((x) => x.name))),
}).map(({ drop, picks, bad, seeds, unknown }) => {
  const out: [string, Scalar][] = t.required.filter((_, i) => i !== drop);
  picks.forEach((index, k) => {
    const member = t.members[index];
    const values = json ? jsonOf(member, bad[k]) : [...(bad[k] ? member.pool[1] : member.pool[0])];
    if (values.length === 0) return;
    if (!json && values.some((v) => typeof v !== 'string')) return;
    out.push([member.name, values[seeds[k] % values.length]]);
  });
  if (unknown !== undefined) out.push([unknown, json ? 1 : '1']);
  return out;
});

/** Members written as keyval (the implied key first and unnamed when it comes first). */
function asKeyval(members: [string, Scalar][], implied: string | undefined, bare: boolean):
    string {
  return members.map(([k, v], i) => (i === 0 && bare && k === implied ? `${v}` : `${k}=${v}`))
    .join(',');
}

/** Members as a JSON object (dotted names become nested objects; the last value wins). */
function asJson(members: [string, Scalar][]): string {
  const root: { [k: string]: Scalar } = {};
  // Pool values are shared: copy them before a dotted member writes into one.
  for (const [name, value] of structuredClone(members)) {
    const path = name.split('.');
    let at = root;
    for (const part of path.slice(0, -1)) {
      const next = at[part];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) at[part] = {};
      at = at[part] as { [k: string]: Scalar };
    }
    at[path[path.length - 1]] = value;
  }
  return JSON.stringify(root);
}

/** One generated case: the family (option and form) and the words. */
export interface QapiCase {
  /** `-option/keyval` or `-option/json`. */
  family: string;
  /** The words after the base command line. */
  argv: string[];
}

/** One option with a QAPI-typed argument. */
export const qapiOption: fc.Arbitrary<QapiCase> = fc.constantFrom(...TEMPLATES)
  .chain((t) => fc.tuple(fc.constant(t), t.keyval ? fc.boolean() : fc.constant(true),
    fc.boolean()))
  .chain(([t, json, bare]) => caseMembers(t, json).map((members) => ({
    family: `${t.option}/${json ? 'json' : 'keyval'}`,
    argv: [t.option, json ? asJson(members) : asKeyval(members, t.implied, bare)],
  })))
  .filter((c) => c.argv[1] !== '' && !c.argv[1].includes('/'));

/** A command line: one QAPI-typed option, or two (ids apart so they cannot clash). */
const qapiCommandLine: fc.Arbitrary<QapiCase> = fc.oneof(
  { weight: 4, arbitrary: qapiOption },
  { weight: 1, arbitrary: fc.tuple(qapiOption, qapiOption).map(([a, b]) => ({
    family: 'command-line', argv: [...a.argv, ...b.argv.map((w) => w.replace(/0\b/g, '9'))] })) },
);

/** `count` distinct cases drawn with the QAPI test's own fixed seed. */
export function generateQapiCases(count: number, seed = 0x9a91): QapiCase[] {
  return distinctSample(qapiCommandLine, count, seed, 4);
}
