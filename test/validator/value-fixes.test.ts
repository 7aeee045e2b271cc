import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, SpanDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { applyFixes } from '../../src/diagnostics/apply-fixes.js';
import type { ParamList } from '../../src/catalog/types.js';
import { parseQemuOpts } from '../../src/model/parse-qemu-opts.js';
import { addValueFixes, sizeUnitFix } from '../../src/validator/value-fixes.js';
import { createSandbox, qemuAvailable, qemuVerdict } from '../differential/qemu-runner.js';

const skip = qemuAvailable() ? false : 'qemu-system-x86_64 is not installed';

const chardev: ParamList = {
  name: 'chardev', impliedKey: 'backend', merge: false, acceptsAny: false,
  params: ['backend', 'path', 'logfile'].map((name) => ({ name, type: 'string' as const })),
};
const memory: ParamList = {
  name: 'memory', impliedKey: 'size', merge: true, acceptsAny: false,
  params: [{ name: 'size', type: 'size' }, { name: 'maxmem', type: 'size' }],
};

/** The argument with the fixes of its findings applied. */
function fixed(argument: string, list: ParamList, extra: SpanDiagnostic[] = []): string {
  const parsed = parseQemuOpts(argument, { impliedKey: list.impliedKey, commandLine: true });
  const diagnostics = [...parsed.diagnostics, ...extra];
  addValueFixes(parsed, list, diagnostics);
  const at = { line: 1, column: 1, offset: 0 };
  const located: Diagnostic[] = diagnostics.map((d) => ({ ...d, file: 'a', start: at, end: at }));
  return applyFixes(argument, located).text;
}

/** An invalid-size error on the value of `key=` in `argument`. */
function invalidSize(argument: string, value: string): SpanDiagnostic {
  const start = argument.indexOf(value);
  return { code: 'invalid-size', severity: 'error', message: 'm', span: { start, end: start + value.length } };
}

test('two-letter size units become the suffix QEMU reads', () => {
  assert.deepEqual(['8GB', '512MiB', '1kb', '1.5GB', '8G', 'GB', '8 GB'].map(sizeUnitFix),
    ['8G', '512M', '1K', '1.5G', undefined, undefined, '8G']);
});

test('a comma inside a path is doubled instead of becoming a flag', () => {
  assert.equal(fixed('file,id=c,path=a,b.log', chardev), 'file,id=c,path=a,,b.log');
  // A real flag after a path stays a flag (and gets the short-form fix).
  assert.equal(fixed('file,id=c,path=a.log,mux', { ...chardev, params: [...chardev.params,
    { name: 'mux', type: 'bool' }] }), 'file,id=c,path=a.log,mux=on');
});

test('QEMU 7.2 rejects the broken forms and accepts the fixed ones', { skip }, async () => {
  const sandbox = createSandbox();
  try {
    const cases: [string, string, ParamList, SpanDiagnostic[]][] = [
      ['-chardev', 'file,id=c,path=a,b.log', chardev, []],
      ['-m', '64MB,maxmem=1GiB', memory, []],
    ];
    cases[1][3] = [invalidSize(cases[1][1], '64MB'), invalidSize(cases[1][1], '1GiB')];
    for (const [option, argument, list, extra] of cases) {
      assert.equal((await qemuVerdict([option, argument], sandbox)).outcome, 'error', argument);
      const after = fixed(argument, list, extra);
      assert.notEqual(after, argument);
      assert.equal((await qemuVerdict([option, after], sandbox)).outcome, 'ok', after);
    }
  } finally {
    sandbox.dispose();
  }
});
