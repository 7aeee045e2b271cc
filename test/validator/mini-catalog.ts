import type { Catalog, OptionEntry, ParamList } from '../../src/catalog/types.js';

/**
 * A small catalog with the facts of spec sections 1.15, 4 and 8 for a handful of options,
 * for testing the validator's rules apart from the built-in catalog.
 *
 * @module
 */

/** An option entry with the fields the validator reads. */
function option(name: string, hasArg: boolean, extra: Partial<OptionEntry> = {}): OptionEntry {
  return { kind: 'option', name, hasArg, arches: ['ALL'], help: [], ...extra };
}

const POSIX_NOT_EMSCRIPTEN = 'CONFIG_POSIX && !EMSCRIPTEN';

const lists: Record<string, ParamList> = {
  'run-with': {
    name: 'run-with',
    merge: false,
    acceptsAny: false,
    condition: POSIX_NOT_EMSCRIPTEN,
    params: [
      {
        name: 'async-teardown',
        type: 'bool',
        condition: 'CONFIG_LINUX',
        versions: { since: '8.1' },
      },
      { name: 'chroot', type: 'string', versions: { since: '8.1' } },
      {
        name: 'exit-with-parent',
        type: 'bool',
        versions: { since: '10.2' },
        hostRestrictedValues: [
          {
            values: ['on'],
            condition: '__linux__ || __FreeBSD__ || __APPLE__',
            message: 'exit-with-parent is not available on this platform',
          },
        ],
      },
      { name: 'user', type: 'string', versions: { since: '9.1' } },
    ],
  },
  memory: {
    name: 'memory',
    impliedKey: 'size',
    merge: true,
    acceptsAny: false,
    params: [
      { name: 'size', type: 'size' },
      { name: 'slots', type: 'number' },
      { name: 'maxmem', type: 'size' },
    ],
  },
  name: {
    name: 'name',
    impliedKey: 'guest',
    merge: true,
    acceptsAny: false,
    params: [
      { name: 'guest', type: 'string' },
      { name: 'process', type: 'string' },
      { name: 'debug-threads', type: 'bool' },
    ],
  },
  msg: {
    name: 'msg',
    merge: false,
    acceptsAny: false,
    params: [
      { name: 'timestamp', type: 'bool' },
      { name: 'guest-name', type: 'bool' },
    ],
  },
  chardev: {
    name: 'chardev',
    impliedKey: 'backend',
    merge: false,
    acceptsAny: false,
    params: [
      { name: 'backend', type: 'string' },
      { name: 'path', type: 'string' },
      { name: 'server', type: 'bool' },
      { name: 'wait', type: 'bool' },
      { name: 'notify', type: 'bool' },
      { name: 'size', type: 'size' },
    ],
  },
  device: { name: 'device', impliedKey: 'driver', merge: false, acceptsAny: true, params: [] },
  object: { name: 'object', impliedKey: 'qom-type', merge: false, acceptsAny: true, params: [] },
  drive: { name: 'drive', merge: false, acceptsAny: true, params: [] },
};

/** The mini catalog: releases 7.2 to 10.2. */
export const MINI_CATALOG: Catalog = {
  format: 1,
  releases: ['7.2', '8.0', '8.1', '8.2', '9.0', '9.1', '9.2', '10.0', '10.1', '10.2'],
  source: { kind: 'builtin', textBy: 'qemu-opts', note: 'test fixture' },
  lists,
  entries: [
    option('help', false),
    option('version', false),
    option('m', true, { syntax: 'qemu-opts', list: 'memory' }),
    option('name', true, { syntax: 'qemu-opts', list: 'name' }),
    option('msg', true, { syntax: 'qemu-opts', list: 'msg' }),
    option('chardev', true, { syntax: 'qemu-opts', list: 'chardev' }),
    option('device', true, { syntax: 'json-or-qemu-opts', list: 'device' }),
    option('object', true, { syntax: 'json-or-qemu-opts', list: 'object' }),
    option('drive', true, { syntax: 'qemu-opts', list: 'drive' }),
    option('machine', true, { syntax: 'keyval' }),
    option('S', false),
    option('nodefaults', false),
    option('no-fd-bootchk', false, { arches: ['I386'] }),
    option('chroot', true, {
      condition: 'CONFIG_POSIX',
      versions: {
        deprecated: '8.1',
        removed: '9.0',
        replacement: { text: '-run-with chroot=DIR', argv: ['-run-with', 'chroot={arg}'] },
      },
    }),
    option('runas', true, {
      condition: 'CONFIG_POSIX',
      versions: {
        deprecated: '9.1',
        removed: '10.0',
        replacement: { text: '-run-with user=USER', argv: ['-run-with', 'user={arg}'] },
      },
    }),
    option('run-with', true, {
      syntax: 'qemu-opts',
      list: 'run-with',
      condition: POSIX_NOT_EMSCRIPTEN,
      versions: { since: '8.1' },
    }),
  ],
};
