import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from '../../src/index.js';

/**
 * Every function of the public API, called with arguments of the wrong kind, either returns
 * or throws a QemuOptsUsageError that names the argument: never a TypeError from deep inside
 * (`Cannot read properties of undefined`). An earlier sweep by hand found seven functions
 * that did (`formatListHelp`, `isAvailableIn`, `nearestKnownRelease`, `propertiesOf`,
 * `releaseStatus`, `renderJson`, `keyvalToJson` on a node without members); this test
 * keeps the whole API to the rule, including functions added later.
 */

/** Wrong arguments of every kind a caller might pass by mistake. */
const WRONG: unknown[] = [undefined, null, 42, 10n, {}, [], 'x', Symbol('s'), [null],
  { kind: 'object' }, { types: null }];

const functions = Object.entries(api as Record<string, unknown>).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] =>
    typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]));

test('the public API has functions to sweep', () => {
  assert.ok(functions.length >= 30, `only ${functions.length} functions exported`);
});

for (const [name, fn] of functions) {
  test(`${name}: wrong arguments give a QemuOptsUsageError or a result`, async () => {
    for (const first of WRONG) {
      for (const second of [undefined, null, 42, {}]) {
        try {
          const result = fn(first, second);
          if (result instanceof Promise) await result;
        } catch (e) {
          assert.ok(e instanceof api.QemuOptsUsageError,
            `${name}(${String(first)}, ${String(second)}) threw ${String(e)}`);
        }
      }
    }
  });
}

// Classes too: `new SourceText(null)` threw a plain TypeError from `text.indexOf`
// (an outside tester's report); every exported class is constructed with the same wrong
// arguments.
const classes = Object.entries(api as Record<string, unknown>).filter(
  (entry): entry is [string, new (...args: unknown[]) => unknown] =>
    typeof entry[1] === 'function' && /^[A-Z]/.test(entry[0]));

test('the public API has classes to sweep', () => {
  assert.deepEqual(classes.map(([name]) => name).sort(), ['QemuOptsUsageError', 'SourceText']);
});

for (const [name, Class] of classes) {
  test(`new ${name}: wrong arguments give a QemuOptsUsageError or an instance`, () => {
    for (const first of WRONG) {
      for (const second of [undefined, null, 42, {}]) {
        try {
          assert.ok(new Class(first, second) instanceof Class);
        } catch (e) {
          assert.ok(e instanceof api.QemuOptsUsageError,
            `new ${name}(${String(first)}, ${String(second)}) threw ${String(e)}`);
        }
      }
    }
  });
}
