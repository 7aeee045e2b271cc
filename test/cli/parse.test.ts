import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { REPO_ROOT } from '../catalog/repo-root.js';

// `qemu-opts parse OPTION STRING` end to end. Expected values are QEMU's (spec sections
// 1-3): how it splits, unescapes and converts; ranges are computed from the string itself.

const schema = JSON.parse(
  readFileSync(join(REPO_ROOT, 'schemas', 'parse-result.schema.json'), 'utf8'),
) as object;
const validate = new Ajv2020.default({ strict: true }).compile(schema);

interface Range {
  start: { line: number; column: number; offset: number };
  end: { line: number; column: number; offset: number };
}
interface Entry {
  key: string;
  value: string;
  form: string;
  negated?: boolean;
  range: Range;
  keyRange?: Range;
  valueRange?: Range;
  jsonType?: string;
  typed?: { type: string; value: string | boolean };
}
interface Result {
  syntax: string;
  list?: string;
  impliedKey?: string;
  entries: Entry[];
  id?: { value: string; range: Range };
  help?: Range;
  tree?: string;
  diagnostics: { severity: string; code: string; message: string; on: string; range?: Range }[];
  hasError: boolean;
}

const BUILD = ['--host', 'linux', '--qemu-version', '10.2', '--target', 'x86_64'];

/** Runs `parse --format json`, checks the output against the schema, returns it. */
async function parseJson(option: string, text: string, status: number): Promise<Result> {
  const io = capturedIo();
  const code = await main(['parse', option, text, '--format', 'json', ...BUILD], io);
  assert.equal(code, status, io.out + io.err);
  const result = JSON.parse(io.out) as Result;
  assert.ok(validate(result), JSON.stringify(validate.errors));
  return result;
}

/** Offsets of `part` in `text` (the first occurrence at or after `from`). */
function at(text: string, part: string, from = 0): [number, number] {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `${part} in ${text}`);
  return [start, start + part.length];
}

/** Asserts a range covers offsets [start, end) with 1-based columns. */
function assertRange(range: Range | undefined, [start, end]: [number, number]): void {
  assert.ok(range);
  assert.deepEqual(
    [range.start.offset, range.end.offset, range.start.column, range.end.column],
    [start, end, start + 1, end + 1],
  );
}

test('-run-with: QemuOpts pairs, bools converted (spec 4.1, 2.2)', async () => {
  const text = 'exit-with-parent=on,user=alice,async-teardown=yes';
  const r = await parseJson('-run-with', text, 0);
  assert.equal(r.syntax, 'qemu-opts');
  assert.equal(r.list, 'run-with');
  assert.deepEqual(r.entries.map((e) => [e.key, e.value, e.form]), [
    ['exit-with-parent', 'on', 'pair'], ['user', 'alice', 'pair'],
    ['async-teardown', 'yes', 'pair'],
  ]);
  assert.deepEqual(r.entries.map((e) => e.typed), [
    { type: 'bool', value: true }, { type: 'string', value: 'alice' },
    { type: 'bool', value: true },
  ]);
  assertRange(r.entries[1].range, at(text, 'user=alice'));
  assertRange(r.entries[1].keyRange, at(text, 'user'));
  assertRange(r.entries[1].valueRange, at(text, 'alice'));
  assert.equal(r.hasError, false);
});

test('-run-with on: a flag on=on, the short-form warning, then Invalid parameter (spec 4.1)',
  async () => {
    const r = await parseJson('run-with', 'on', 1);
    assert.deepEqual(r.entries.map((e) => [e.key, e.value, e.form]), [['on', 'on', 'flag']]);
    const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    assert.deepEqual(errors, ["Invalid parameter 'on'"]);
    assert.ok(r.diagnostics.some((d) => d.severity === 'warning'));
  });

test('-run-with help: a help request in a list with descriptors (spec 1.6)', async () => {
  const r = await parseJson('-run-with', 'help', 0);
  assertRange(r.help, [0, 4]);
  assert.deepEqual(r.entries, []);
});

test('-m: implied key size; sizes as QEMU converts them (spec 2.4)', async () => {
  for (const [text, bytes] of [['1.5k', '1536'], ['0.1G', '107374182'],
    ['.5k', '512'], ['16777215T', '18446742974197923840']]) {
    const r = await parseJson('-m', text, 0);
    assert.equal(r.impliedKey, 'size');
    assert.deepEqual(r.entries.map((e) => [e.key, e.value, e.form]), [['size', text, 'implied']]);
    assert.deepEqual(r.entries[0].typed, { type: 'size', value: bytes }, text);
    assertRange(r.entries[0].range, [0, text.length]);
  }
  const bad = await parseJson('-m', '1.5', 1);
  assert.equal(bad.diagnostics[0].message,
    "Parameter 'size' expects a non-negative number below 2^64");
  // QEMU converts 0x10 to 16, then appends M for the machine: 0x10M, an error since 8.0.
  const hex = await parseJson('-m', '0x10', 1);
  assert.deepEqual(hex.entries[0].typed, { type: 'size', value: '16' });
  assert.equal(hex.diagnostics[0].message, "Parameter 'memory.size' expects size");
});

test('-drive: ,, in a value is one comma; numbers wrap like strtoull (spec 1.3, 2.3)',
  async () => {
    const text = 'file=a,,b.img,if=virtio,index=-1,id=d0';
    const r = await parseJson('-drive', text, 0);
    assert.deepEqual(r.entries.map((e) => [e.key, e.value]), [
      ['file', 'a,b.img'], ['if', 'virtio'], ['index', '-1'],
    ]);
    assertRange(r.entries[0].valueRange, at(text, 'a,,b.img'));
    assertRange(r.entries[1].range, at(text, 'if=virtio'));
    assert.deepEqual(r.entries[2].typed, { type: 'number', value: '18446744073709551615' });
    assert.equal(r.id?.value, 'd0');
    assertRange(r.id?.range, at(text, 'd0'));
    const hex = await parseJson('-drive', 'file=x,index=0x10', 0);
    assert.deepEqual(hex.entries[1].typed, { type: 'number', value: '16' });
    const octal = await parseJson('-drive', 'file=x,index=052', 0);
    assert.deepEqual(octal.entries[1].typed, { type: 'number', value: '42' });
  });

test('a,b: the unescaped comma starts a flag b (spec 1.3, 1.5)', async () => {
  const r = await parseJson('-run-with', 'chroot=/a,b', 1);
  assert.deepEqual(r.entries.map((e) => [e.key, e.value, e.form]),
    [['chroot', '/a', 'pair'], ['b', 'on', 'flag']]);
  const error = r.diagnostics.find((d) => d.severity === 'error');
  assert.equal(error?.message, "Invalid parameter 'b'");
  assertRange(error?.range, [10, 11]);
  // QEMU opens the image later and rejects the flag: no format it probes takes 'b.img'.
  const drive = await parseJson('-drive', 'file=a,b.img', 1);
  assert.deepEqual(drive.entries.map((e) => [e.key, e.value, e.form]),
    [['file', 'a', 'pair'], ['b.img', 'on', 'flag']]);
  const unknown = drive.diagnostics.find((d) => d.severity === 'error');
  assert.equal(unknown?.code, 'block-driver-option');
  assertRange(unknown?.range, at('file=a,b.img', 'b.img'));
});

test('-blockdev: keyval dotted keys build the tree (spec 3.1)', async () => {
  const text = 'driver=qcow2,node-name=d0,file.driver=file,file.filename=/x,,y.img';
  const r = await parseJson('-blockdev', text, 0);
  assert.equal(r.syntax, 'keyval');
  assert.deepEqual(r.entries.map((e) => [e.key, e.value]), [
    ['driver', 'qcow2'], ['node-name', 'd0'], ['file.driver', 'file'],
    ['file.filename', '/x,y.img'],
  ]);
  assertRange(r.entries[3].keyRange, at(text, 'file.filename'));
  assert.deepEqual(JSON.parse(r.tree!), {
    driver: 'qcow2', 'node-name': 'd0', file: { driver: 'file', filename: '/x,y.img' },
  });
});

test('-blockdev keyval errors: QEMU messages (spec 3.2)', async () => {
  const r = await parseJson('-blockdev', 'a.b=1,a=2', 1);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error')[0].message,
    "Parameters 'a.*' used inconsistently");
  assert.equal(r.tree, undefined);
  const noEq = await parseJson('-blockdev', 'driver=file,an', 1);
  assert.equal(noEq.diagnostics.filter((d) => d.severity === 'error')[0].message,
    "Expected '=' after parameter 'an'");
});

test('-smp: keyval, implied cpus, the last value wins (spec 3.1, 3.4)', async () => {
  const r = await parseJson('-smp', '4,sockets=2,cpus=8', 0);
  assert.equal(r.impliedKey, 'cpus');
  assert.deepEqual(r.entries.map((e) => [e.key, e.value, e.form]), [
    ['cpus', '8', 'pair'], ['sockets', '2', 'pair'],
  ]);
  assert.deepEqual(JSON.parse(r.tree!), { cpus: '8', sockets: '2' });
  assert.deepEqual(r.entries[1].typed, { type: 'number', value: '2' });
  const first = await parseJson('-smp', '4', 0);
  assert.deepEqual(first.entries.map((e) => [e.key, e.value, e.form]), [['cpus', '4', 'implied']]);
});

test('-object {...}: JSON with its types (spec 3.3)', async () => {
  const text = '{"qom-type":"memory-backend-ram","id":"m0","size":1073741824,"share":true,' +
    '"host-nodes":[0,1]}';
  const r = await parseJson('-object', text, 0);
  assert.equal(r.syntax, 'json');
  assert.deepEqual(r.entries.map((e) => [e.key, e.value, e.jsonType]), [
    ['qom-type', 'memory-backend-ram', 'string'], ['id', 'm0', 'string'],
    ['size', '1073741824', 'integer'], ['share', 'true', 'boolean'],
    ['host-nodes[0]', '0', 'integer'], ['host-nodes[1]', '1', 'integer'],
  ]);
  assert.deepEqual(JSON.parse(r.tree!), JSON.parse(text));
  assertRange(r.entries[2].range, at(text, '1073741824'));
  const broken = await parseJson('-object', '{"qom-type":', 1);
  assert.equal(broken.diagnostics[0].code, 'json-syntax');
});

test('an unknown option is a finding: invalid option, exit 1', async () => {
  const r = await parseJson('-no-such-option', 'x=1', 1);
  assert.equal(r.syntax, 'none');
  assert.deepEqual(r.diagnostics.map((d) => [d.message, d.on]), [['invalid option', 'option']]);
});

test('text output is a table of the entries and the findings', async () => {
  const io = capturedIo();
  assert.equal(await main(['parse', '-run-with', 'chroot=/a,,b,bogus=1', ...BUILD], io), 1);
  assert.match(io.out, /syntax: QemuOpts/);
  assert.match(io.out, /^1 +chroot +\/a,b +pair +1-12 +\[0,12\)/m);
  assert.match(io.out, /error\[invalid-parameter\]: Invalid parameter 'bogus' \(columns 14-18\)/);
});

test('usage errors exit 2', async () => {
  assert.equal(await main(['parse', '-m'], capturedIo()), 2);
  assert.equal(await main(['parse', '-m', '1G', '--format', 'xml'], capturedIo()), 2);
  assert.equal(await main(['parse', '-m', '1G', 'extra'], capturedIo()), 2);
  const help = capturedIo();
  assert.equal(await main(['parse', '--help'], help), 0);
  assert.match(help.out, /usage: qemu-opts parse/);
});

test('flags: key=on, no-prefix key=off, duplicates kept in order (spec 1.5, 1.9)', async () => {
  const r = await parseJson('-run-with', 'noasync-teardown,user=a,user=b', 0);
  assert.deepEqual(r.entries.map((e) => [e.key, e.value, e.form, e.negated]), [
    ['async-teardown', 'off', 'flag', true], ['user', 'a', 'pair', undefined],
    ['user', 'b', 'pair', undefined],
  ]);
  assert.deepEqual(r.entries[0].typed, { type: 'bool', value: false });
  assertRange(r.entries[0].keyRange, [0, 'noasync-teardown'.length]);
  assert.ok(r.diagnostics.some((d) => d.code === 'short-form-boolean'));
});

test('-blockdev: implied driver, and no help (spec 3.4; QEMU 7.2 says so too)', async () => {
  const r = await parseJson('-blockdev', 'file,filename=/x.img,node-name=n0', 0);
  assert.deepEqual(r.entries.map((e) => [e.key, e.value, e.form]), [
    ['driver', 'file', 'implied'], ['filename', '/x.img', 'pair'], ['node-name', 'n0', 'pair'],
  ]);
  const help = await parseJson('-blockdev', 'driver=file,help', 1);
  assert.equal(help.help, undefined);
  assert.equal(help.diagnostics.filter((d) => d.severity === 'error')[0].message,
    'Help is not available for this option');
});
