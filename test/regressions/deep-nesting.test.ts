import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseJsonArg } from '../../src/model/parse-json-arg.js';
import { parseKeyval } from '../../src/model/parse-keyval.js';
import { keyvalToJson } from '../../src/model/keyval-tree.js';
import { lintArgv, lintOption, lintText } from '../../src/lint/lint-text.js';
import { runCli } from '../cli/run-cli.js';

// An outside tester's report: nesting that QEMU accepts overflowed our call stack
// (RangeError) in the JSON parser (from about 400 levels), keyval's tree building (about
// 4,000 dotted fragments) and the `#if` condition writer (about 5,000 nested groups). QEMU
// 7.2 reads JSON up to 1,024 brackets in all (MAX_NESTING in json-streamer.c) and a dotted
// key of 30,000 fragments, and reports the unknown member `a` in each.

const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
/** A `-object secret` whose member `a` holds `inner`; the outer object is one level. */
const secret = (inner: string) => `{"qom-type":"secret","id":"s","a":${inner}}`;
const dotted = (fragments: number) => Array(fragments).fill('a').join('.');
const blockdev = (fragments: number) => `driver=null-co,node-name=n,${dotted(fragments)}=1`;
const messages = (r: { diagnostics: { message: string }[] }) => r.diagnostics.map((d) => d.message);

const DEPTHS = fc.oneof(fc.integer({ min: 1, max: 1023 }), fc.constantFrom(1023, 1022, 600));

test('JSON of any depth QEMU accepts parses; one more level is the nesting limit', () => {
  fc.assert(fc.property(DEPTHS, fc.boolean(), (depth, useObjects) => {
    const inner = useObjects ? objects(depth) : arrays(depth);
    assert.deepEqual(parseJsonArg(inner).diagnostics, []);
    assert.deepEqual(messages(parseJsonArg(secret(inner))),
      depth < 1024 ? [] : ['JSON nesting depth limit exceeded']);
  }), { numRuns: 40, seed: 7 });
  const over = parseJsonArg(arrays(1025));
  assert.deepEqual(messages(over), ['JSON nesting depth limit exceeded']);
  assert.deepEqual(over.diagnostics[0].span, { start: 1024, end: 1025 });
});

test('lintArgv, lintOption and lintText give QEMU\'s verdict on deep JSON members', () => {
  fc.assert(fc.property(DEPTHS, fc.boolean(), (depth, useObjects) => {
    const arg = secret(useObjects ? objects(depth) : arrays(depth));
    const unexpected = ["Parameter 'a' is unexpected"];
    assert.deepEqual(messages(lintArgv(['qemu-system-x86_64', '-object', arg])), unexpected);
    assert.deepEqual(messages(lintOption('object', arg)), unexpected);
    assert.deepEqual(messages(lintText(`qemu-system-x86_64 -object '${arg}'\n`)), unexpected);
  }), { numRuns: 20, seed: 11 });
  const tooDeep = secret(arrays(1024));
  assert.deepEqual(messages(lintArgv(['qemu-system-x86_64', '-object', tooDeep])),
    ['JSON nesting depth limit exceeded']);
});

test('keyval keys of any number of fragments: tree, JSON and QEMU\'s verdict', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 40000 }), (fragments) => {
    const parsed = parseKeyval(dotted(fragments) + '=1');
    assert.deepEqual(parsed.diagnostics, []);
    let json = keyvalToJson(parsed.root);
    for (let i = 0; i < fragments; i++) json = (json as Record<string, unknown>).a as never;
    assert.equal(json, '1');
  }), { numRuns: 12, seed: 3 });
  for (const fragments of [2, 4000, 30000]) {
    assert.deepEqual(messages(lintArgv(['qemu-system-x86_64', '-blockdev', blockdev(fragments)])),
      ["Parameter 'a' is unexpected"], `${fragments} fragments`);
  }
});

test('-machine: two keys sharing a path of 30,000 fragments merge without recursion', () => {
  const key = dotted(30000);
  const argv = ['qemu-system-x86_64', '-machine', `none,${key}=1`, '-machine', `${key}=2`];
  assert.deepEqual(messages(lintArgv(argv, { qemuVersion: '7.2' })),
    ["Property 'none-machine.a' not found"]);
});

test('keyval lists nested deeply are still turned into arrays', () => {
  const parsed = parseKeyval('a.' + Array(5000).fill('0').join('.') + '=x');
  assert.deepEqual(parsed.diagnostics, []);
  let json: unknown = (keyvalToJson(parsed.root) as Record<string, unknown>).a;
  for (let i = 0; i < 5000; i++) json = (json as unknown[])[0];
  assert.equal(json, 'x');
  const missing = parseKeyval(Array(5000).fill('a').join('.') + '.1=x');
  assert.equal(messages(missing)[0], `Parameter '${Array(5000).fill('a').join('.')}.0' missing`);
});

test('the CLI reports deep nesting as QEMU does: lint and parse, text and JSON', async () => {
  const deepJson = secret(objects(1022));
  const lint = await runCli(['lint', '--', 'qemu-system-x86_64', '-object', deepJson]);
  assert.equal(lint.status, 1);
  assert.match(lint.out, /Parameter 'a' is unexpected \[member-unexpected\]/);
  for (const args of [['object', deepJson], ['blockdev', blockdev(30000)]]) {
    for (const format of ['text', 'json']) {
      const run = await runCli(['parse', ...args, '--format', format]);
      assert.equal(run.status, 1, `${args[0]} ${format}`);
      assert.match(run.out, /Parameter 'a' is unexpected/);
    }
  }
  const tree = await runCli(['parse', 'blockdev', blockdev(3000).replace(/,a\./, ',file.'),
    '--format', 'json']);
  assert.equal(JSON.parse(JSON.parse(tree.out).tree ?? '"{}"').driver ?? 'null-co', 'null-co');
});

test('.hx files with thousands of nested #if groups: check-hx, import-hx, help, docs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-deep-'));
  const def = 'DEF("alpha", 0, QEMU_OPTION_alpha, "-alpha  turn alpha on\\n", QEMU_ARCH_ALL)\n' +
    'SRST\n``-alpha``\n  Turns alpha on.\nERST\n';
  const file = join(dir, 'deep.hx');
  writeFileSync(file, '#if defined(A)\n'.repeat(5000) + def + '#endif\n'.repeat(5000));
  assert.equal((await runCli(['check-hx', file])).status, 0);
  const imported = await runCli(['import-hx', '--release', '7.2', file]);
  assert.equal(imported.status, 0, imported.err);
  assert.match(imported.out, /"alpha"/);
  assert.match((await runCli(['help', '--catalog', file])).out, /^-alpha/m);
  assert.match((await runCli(['docs', '--format', 'rst', '--catalog', file])).out, /-alpha/);
});

const QEMU = process.env.QEMU_SYSTEM_X86_64 ?? '/usr/bin/qemu-system-x86_64';
const skip = existsSync(QEMU) ? false : `QEMU binary ${QEMU} is not installed`;

test('QEMU 7.2 gives the verdicts pinned above', { skip }, () => {
  const cases: [string, string, string][] = [
    ['-object', secret(arrays(1023)), "Parameter 'a' is unexpected"],
    ['-object', secret(objects(1022)), "Parameter 'a' is unexpected"],
    ['-object', secret(arrays(1024)), 'JSON nesting depth limit exceeded'],
    ['-blockdev', blockdev(30000), "Parameter 'a' is unexpected"],
  ];
  const args = ['-machine', 'none', '-nodefaults', '-display', 'none', '-S', '-qmp', 'stdio'];
  const input = '{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n';
  const qemu = (more: string[]) =>
    spawnSync(QEMU, [...args, ...more], { input, encoding: 'utf8', timeout: 20000 }).stderr;
  for (const [option, arg, expected] of cases) {
    assert.equal(qemu([option, arg]), `qemu-system-x86_64: ${option} ${arg}: ${expected}\n`);
  }
  const key = dotted(30000);
  assert.equal(qemu(['-machine', `none,${key}=1`, '-machine', `${key}=2`]),
    "qemu-system-x86_64: Property 'none-machine.a' not found\n");
});

test('#if expressions: 200 levels of ( and ! parse; deeper is an hx-syntax error, not a crash',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-deep-expr-'));
    const def = 'DEF("alpha", 0, QEMU_OPTION_alpha, "-alpha  turn alpha on\\n", QEMU_ARCH_ALL)\n';
    const file = (name: string, condition: string) => {
      const path = join(dir, name);
      writeFileSync(path, `#if ${condition}\n${def}#endif\n`);
      return path;
    };
    const parens = (n: number) => '('.repeat(n) + 'defined(A)' + ')'.repeat(n);
    const bangs = (n: number) => '!'.repeat(n) + 'defined(A)';
    for (const condition of [parens(199), bangs(200), `${parens(100)} && ${bangs(100)}`,
      Array(3000).fill('!defined(A)').join(' && ')]) {
      const run = await runCli(['check-hx', file('ok.hx', condition)]);
      assert.equal(run.status, 0, run.out);
    }
    for (const [condition, column] of [[parens(3000), 205], [bangs(5000), 205]] as const) {
      const run = await runCli(['check-hx', file('deep.hx', condition)]);
      assert.equal(run.status, 1);
      assert.match(run.out, new RegExp(`deep\\.hx:1:${column}: error: #if expression nested ` +
        'more than 200 levels deep \\(read as 0\\) \\[hx-syntax\\]\\n', 'm'));
      assert.equal(run.out.match(/error:/g)?.length, 1, run.out);
      const imported = await runCli(['import-hx', '--release', '7.2', join(dir, 'deep.hx')]);
      assert.equal(imported.status, 1);
    }
  });
