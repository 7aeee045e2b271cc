import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQemuOpts } from '../../src/model/parse-qemu-opts.js';
import { bareSizeUnitFindings } from '../../src/validator/bare-size-unit.js';

/** The warned values for `option` with `argument`. */
function warned(option: string, argument: string, impliedKey: string): string[] {
  const parsed = parseQemuOpts(argument, { impliedKey, commandLine: true });
  return bareSizeUnitFindings(option, parsed).map((d) => argument.slice(d.span.start, d.span.end));
}

test('-m: a bare number is MiB, so one that is plausible only as bytes is warned', () => {
  assert.deepEqual(warned('m', '1073741824', 'size'), ['1073741824']);
  assert.deepEqual(warned('m', 'size=4294967296,slots=2', 'size'), ['4294967296']);
  for (const fine of ['4096', '1048575', '4G', '1073741824k']) {
    assert.deepEqual(warned('m', fine, 'size'), [], fine);
  }
});

test('memory backends: a bare size is bytes, so a small one is warned', () => {
  assert.deepEqual(warned('object', 'memory-backend-ram,id=m0,size=512', 'qom-type'), ['512']);
  assert.deepEqual(warned('object', 'memory-backend-file,id=m0,size=64,mem-path=x', 'qom-type'), ['64']);
  for (const fine of ['memory-backend-ram,id=m0,size=512M', 'memory-backend-ram,id=m0,size=1073741824',
    'iothread,id=t0,size=5', 'memory-backend-ram,id=m0,size=0x200']) {
    assert.deepEqual(warned('object', fine, 'qom-type'), [], fine);
  }
});
