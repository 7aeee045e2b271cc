import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { checkHx } from '../../src/lint/hx/check-hx.js';

/**
 * One error for one mistake: a DEF whose help string lacks its closing quote is reported
 * once, at the opening quote (not as a stray '"' and the words after it as unknown
 * macros); a QMP dump that is not JSON is reported at the line and column of the error.
 */

const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-regress-'));

test('check-hx: an unterminated string literal is one error at its opening quote', async () => {
  const file = join(dir, 'unterminated.hx');
  const def = 'DEF("foo", HAS_ARG, QEMU_OPTION_foo,\n    "-foo unterminated, QEMU_ARCH_ALL)\n';
  writeFileSync(file, `HXCOMM test\n${def}SRST\n\`\`-foo\`\`\n    Foo.\nERST\n`);
  const io = capturedIo();
  assert.equal(await main(['check-hx', file], io), 1);
  assert.equal(io.out, `${file}:3:5: error: unterminated string literal [hx-syntax]\n`);
});

test('import-qmp: a JSON syntax error is reported at its line:column, exit 1', async () => {
  const file = join(dir, 'broken.json');
  writeFileSync(file, '[\n  {"option": "m",\n   "parameters": x}\n]\n');
  const io = capturedIo();
  assert.equal(await main(['import-qmp', file], io), 1);
  assert.match(io.err, new RegExp(`^${file.replace(/[.]/g, '\\.')}:3:18: error: .*'x'`));
});

test('import-qmp: a truncated file is reported at its end', async () => {
  const file = join(dir, 'truncated.json');
  writeFileSync(file, '[\n  {"option": "m"');
  const io = capturedIo();
  assert.equal(await main(['import-qmp', file], io), 1);
  assert.match(io.err, /truncated\.json:2:17: error: /);
});

test('check-hx: a DEF without its name is located at the DEF (fast-check counterexample)', () => {
  const text = 'DEF(, A A"-a x\\n"';
  for (const d of checkHx(text, 'f')) {
    assert.ok(Number.isInteger(d.end.offset) && d.end.offset >= d.start.offset, d.message);
  }
});
