import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyFixes,
  importQmp,
  parseBool,
  parseNumber,
  parseSize,
  parseWithParamList,
  checkHx,
  compareVersions,
  formatQemuOpts,
  generateHelpText,
  generateRstDocs,
  importHx,
  keyvalToJson,
  lintArgv,
  lintText,
  parseKeyval,
  parseQemuOpts,
  QemuOptsUsageError,
  renderText,
  splitShell,
  validateAgainstSchema,
} from '../../src/index.js';

/**
 * An outside tester's script called every public function with wrong arguments. These
 * failed with a plain TypeError from deep inside (`Cannot read properties of null`), or,
 * for a BigInt, with "Do not know how to serialize a BigInt" while the usage error itself
 * was being built. Each now throws a QemuOptsUsageError naming the argument.
 */

type Call = [string, () => unknown, string];
const line = 'qemu-system-x86_64 -m 1';
const CALLS: Call[] = [
  ["parseQemuOpts('a=b', null)", () => parseQemuOpts('a=b', null as never), 'options'],
  ["parseKeyval('x', null)", () => parseKeyval('x', null as never), 'options'],
  ['lintText catalog 42', () => lintText(line, { catalog: 42 as never }), 'catalog'],
  ['lintText catalog {}', () => lintText(line, { catalog: {} as never }), 'catalog'],
  ["lintText buildFacts 'x'", () => lintText(line, { buildFacts: 'x' as never }), 'buildFacts'],
  ['lintText buildFacts {}', () => lintText(line, { buildFacts: {} as never }), 'buildFacts'],
  ['lintArgv(10n)', () => lintArgv(10n as never), 'argv'],
  ['parseQemuOpts(10n)', () => parseQemuOpts(10n as never), 'text'],
  ['splitShell(10n)', () => splitShell(10n as never), 'text'],
  ['splitShell(Symbol)', () => splitShell(Symbol('s') as never), 'text'],
  ['parseKeyval(cyclic)', () => { const a: unknown[] = []; a.push(a); parseKeyval(a as never); },
    'text'],
  ['importHx(42)', () => importHx(42 as never), 'text'],
  ['importHx options null', () => importHx('', null as never), 'options'],
  ['checkHx(null)', () => checkHx(null as never, 'f'), 'text'],
  ["applyFixes(undefined, 'x')", () => applyFixes(undefined as never, 'x' as never), 'text'],
  ["applyFixes('x', 'x')", () => applyFixes('x', 'x' as never), 'diagnostics'],
  ['renderText(42)', () => renderText(42 as never, undefined as never), 'diagnostics'],
  ['renderText([], {})', () => renderText([], {} as never), 'source'],
  ['formatQemuOpts(null)', () => formatQemuOpts(null as never), 'entries'],
  ['formatQemuOpts([null])', () => formatQemuOpts([null as never]), 'entries[0]'],
  ['generateHelpText(null)', () => generateHelpText(null as never, undefined as never),
    'catalog'],
  ['generateRstDocs(null)', () => generateRstDocs(null as never), 'catalog'],
  ['compareVersions(42)', () => compareVersions(42 as never, '7.2'), 'a'],
  ['keyvalToJson(null)', () => keyvalToJson(null as never), 'node'],
  ['parseBool(Symbol)', () => parseBool(Symbol('k') as never, 'on'), 'key'],
  ['parseNumber({})', () => parseNumber({} as never, '1'), 'key'],
  ['parseSize(null key)', () => parseSize(null as never, '1'), 'key'],
  ["parseWithParamList('a=b')", () => parseWithParamList('a=b', undefined as never), 'options'],
  ['importQmp options null', () => importQmp([], null as never), 'options'],
  ['validateAgainstSchema()', () => (validateAgainstSchema as () => unknown)(), 'schema'],
];

for (const [title, call, option] of CALLS) {
  test(`${title} throws QemuOptsUsageError naming '${option}'`, () => {
    assert.throws(call, (e: unknown) => {
      assert.ok(e instanceof QemuOptsUsageError, String(e));
      assert.equal(e.option, option);
      return true;
    });
  });
}
