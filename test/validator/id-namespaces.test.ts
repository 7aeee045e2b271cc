import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdNamespaces } from '../../src/validator/id-namespaces.js';

test('an ID resolves in its own namespace only', () => {
  const ids = new IdNamespaces();
  ids.define('chardev', { id: 'c0', word: 1 });
  assert.equal(ids.resolve('chardev', 'c0').kind, 'found');
  assert.equal(ids.resolve('object', 'c0').kind, 'missing');
});

test('a miss suggests the nearest accepted ID, else lists the accepted ones', () => {
  const ids = new IdNamespaces();
  ids.define('object', { id: 'ram0', word: 1, type: 'memory-backend-ram' });
  ids.define('object', { id: 'ram1', word: 3, type: 'iothread' });
  const memory = (d: { type?: string }) => d.type?.startsWith('memory-backend') ?? false;
  assert.deepEqual(ids.resolve('object', 'ram2', memory),
    { kind: 'missing', hint: "did you mean 'ram0'?" });
  assert.deepEqual(ids.resolve('object', 'ram1', memory),
    { kind: 'missing', hint: "did you mean 'ram0'?" });
  assert.deepEqual(ids.resolve('object', 'backing', memory),
    { kind: 'missing', hint: 'defined: ram0' });
  assert.deepEqual(ids.resolve('object', 'x', () => false), { kind: 'missing' });
});

test('an incomplete namespace never reports a miss', () => {
  const ids = new IdNamespaces();
  ids.markIncomplete('netdev');
  assert.equal(ids.resolve('netdev', 'n0').kind, 'unknown');
  assert.equal(ids.resolve('chardev', 'c0').kind, 'missing');
  ids.markIncomplete('*');
  assert.equal(ids.resolve('chardev', 'c0').kind, 'unknown');
});
