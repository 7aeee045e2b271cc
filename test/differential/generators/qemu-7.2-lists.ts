/**
 * Facts about the QemuOpts-backed options of QEMU 7.2 that the generators draw from: list
 * name, implied key, merging, parameter names and types (from `softmmu/vl.c`,
 * `util/qemu-config.c` and `chardev/char.c` of 7.2, and its `query-command-line-options`).
 * Written down here, independently of our catalog, so that the differential test does not
 * check the catalog against itself.
 *
 * `strings` gives, for string parameters whose value matters to QEMU, the values worth
 * trying (good and bad ones). The generators never draw a free string for them, so that a
 * case can never open a network socket or name a file outside the run's directory.
 *
 * @module
 */

/** A QemuOpts value type. */
export type ValueType = 'string' | 'bool' | 'number' | 'size';

/** One option backed by a QemuOpts list, as QEMU 7.2 has it. */
export interface ListFacts {
  /** The option, with its dash. */
  option: string;
  /** The internal list name. */
  list: string;
  /** The implied key, when the option permits one. */
  implied?: string;
  /** Whether every use merges into one set (no id= allowed). */
  merge: boolean;
  /** Parameters and their types. */
  params: Record<string, ValueType>;
  /** Values to draw for string parameters whose content QEMU interprets. */
  strings?: Record<string, string[]>;
  /** Items every generated string for this option gets (a required id, a backend). */
  required?: string[];
}

/** A harmless relative file name inside the run's directory. */
const FILE_NAMES = ['out.log', 'a,,b.log', 'rom.bin', ''];

/** The QemuOpts-backed options the generators cover. */
export const LISTS_7_2: ListFacts[] = [
  {
    option: '-msg', list: 'msg', merge: false,
    params: { timestamp: 'bool', 'guest-name': 'bool' },
  },
  {
    option: '-name', list: 'name', implied: 'guest', merge: true,
    params: { guest: 'string', process: 'string', 'debug-threads': 'bool' },
  },
  {
    option: '-m', list: 'memory', implied: 'size', merge: true,
    params: { size: 'size', slots: 'number', maxmem: 'size' },
    // Guest RAM is really allocated: keep sizes small (a hex size means MiB again, so
    // `0x100` is 256 MiB), and the rest fail before any allocation.
    strings: {
      size: ['64', '128M', '0', '0x40', '1k', '8GB', '1.5M', '', 'help', '-1', '16E', '1e3'],
    },
  },
  {
    option: '-rtc', list: 'rtc', merge: true,
    params: { base: 'string', clock: 'string', driftfix: 'string' },
    strings: {
      base: ['utc', 'localtime', '2006-06-17', '2006-06-17T16:01:21', 'now', 'UTC', ''],
      clock: ['host', 'rt', 'vm', 'realtime', 'Host', ''],
      driftfix: ['none', 'slew', 'fast', ''],
    },
  },
  {
    option: '-overcommit', list: 'overcommit', merge: false,
    params: { 'mem-lock': 'bool', 'cpu-pm': 'bool' },
  },
  {
    option: '-action', list: 'action', merge: true,
    params: { shutdown: 'string', reboot: 'string', panic: 'string', watchdog: 'string' },
    strings: {
      shutdown: ['poweroff', 'pause', 'reset', ''],
      reboot: ['reset', 'shutdown', 'pause', ''],
      panic: ['pause', 'shutdown', 'exit-failure', 'none', 'poweroff', ''],
      watchdog: ['reset', 'shutdown', 'poweroff', 'pause', 'debug', 'none', 'inject-nmi', 'x'],
    },
  },
  {
    option: '-fw_cfg', list: 'fw_cfg', implied: 'name', merge: false,
    params: { name: 'string', file: 'string', string: 'string', gen_id: 'string' },
    strings: { name: ['opt/x', 'opt/a,,b', 'etc/y', ''], file: FILE_NAMES, gen_id: ['g1', ''] },
  },
  {
    option: '-option-rom', list: 'option-rom', implied: 'romfile', merge: false,
    params: { romfile: 'string', bootindex: 'number' },
    strings: { romfile: FILE_NAMES },
  },
  {
    option: '-icount', list: 'icount', implied: 'shift', merge: true,
    params: {
      shift: 'string', align: 'bool', sleep: 'bool', rr: 'string', rrfile: 'string',
      rrsnapshot: 'string',
    },
    strings: {
      shift: ['0', '3', '10', 'auto', 'x', '-1', ''],
      rr: ['off', 'bogus'],
      rrfile: ['replay.bin'],
      rrsnapshot: ['snap'],
    },
  },
  {
    option: '-add-fd', list: 'add-fd', merge: false,
    params: { fd: 'number', set: 'number', opaque: 'string' },
    // The runner leaves descriptor 3 open, so `fd=3` is one QEMU can take.
    required: ['fd=3', 'set=1'],
  },
  {
    option: '-chardev', list: 'chardev', implied: 'backend', merge: false,
    params: {
      backend: 'string', path: 'string', host: 'string', port: 'string', fd: 'string',
      localaddr: 'string', localport: 'string', to: 'number', ipv4: 'bool', ipv6: 'bool',
      wait: 'bool', server: 'bool', delay: 'bool', nodelay: 'bool', reconnect: 'number',
      telnet: 'bool', tn3270: 'bool', websocket: 'bool', 'tls-creds': 'string',
      'tls-authz': 'string', width: 'number', height: 'number', cols: 'number',
      rows: 'number', mux: 'bool', signal: 'bool', name: 'string', debug: 'number',
      size: 'size', chardev: 'string', append: 'bool', logfile: 'string', logappend: 'bool',
      mouse: 'bool', clipboard: 'bool', tight: 'bool', abstract: 'bool',
    },
    required: ['id=c1'],
    strings: {
      // Only backends that open nothing outside the run's directory.
      backend: ['null', 'ringbuf', 'memory', 'file', 'nosuch'],
      path: FILE_NAMES, logfile: FILE_NAMES,
      host: ['127.0.0.1'], port: ['0'], localaddr: ['127.0.0.1'], localport: ['0'],
      fd: ['x'], 'tls-creds': ['t0'], 'tls-authz': ['a0'], name: ['n'], chardev: ['c0'],
    },
  },
  {
    option: '-mon', list: 'mon', implied: 'chardev', merge: false,
    params: { mode: 'string', chardev: 'string', pretty: 'bool' },
    strings: { mode: ['readline', 'control', 'qmp', ''], chardev: ['mon0', 'nosuch', ''] },
  },
  {
    option: '-sandbox', list: 'sandbox', implied: 'enable', merge: false,
    params: {
      enable: 'bool', obsolete: 'string', elevateprivileges: 'string', spawn: 'string',
      resourcecontrol: 'string',
    },
    strings: {
      obsolete: ['allow', 'deny', 'children', ''],
      elevateprivileges: ['allow', 'deny', 'children', 'x'],
      spawn: ['allow', 'deny', 'children', ''],
      resourcecontrol: ['allow', 'deny', 'x'],
    },
  },
  {
    option: '-global', list: 'global', merge: false,
    params: { driver: 'string', property: 'string', value: 'string' },
    strings: { driver: ['isa-fdc', 'nosuch', ''], property: ['driveA', 'x', ''] },
    required: ['driver=isa-fdc', 'property=driveA', 'value=x'],
  },
];

/** keyval-parsed options whose values 7.2 checks when the machine is set up. */
export interface KeyvalFacts {
  /** The option, with its dash. */
  option: string;
  /** The implied key. */
  implied?: string;
  /** Members and their QAPI scalar kinds. */
  members: Record<string, 'str' | 'bool' | 'int'>;
  /** Values to draw for str members. */
  strings?: Record<string, string[]>;
}

/** The keyval options the generators cover. */
export const KEYVAL_7_2: KeyvalFacts[] = [
  {
    option: '-smp', implied: 'cpus',
    members: {
      cpus: 'int', sockets: 'int', dies: 'int', clusters: 'int', cores: 'int',
      threads: 'int', maxcpus: 'int',
    },
  },
  {
    option: '-boot', implied: 'order',
    members: {
      order: 'str', once: 'str', menu: 'bool', splash: 'str', 'splash-time': 'int',
      'reboot-timeout': 'int', strict: 'bool',
    },
    strings: { order: ['c', 'cd', 'n', 'zz', ''], once: ['d', 'q'], splash: ['s.bmp'] },
  },
  {
    option: '-machine', implied: 'type',
    members: {
      usb: 'bool', graphics: 'bool', 'dump-guest-core': 'bool', 'mem-merge': 'bool',
      'suppress-vmdesc': 'bool', kernel: 'str', append: 'str', firmware: 'str',
      'dt-compatible': 'str', 'phandle-start': 'int', 'memory-backend': 'str',
    },
    strings: {
      kernel: ['k.bin'], append: ['console=ttyS0', 'a,,b'], firmware: ['fw.bin'],
      'dt-compatible': ['x'], 'memory-backend': ['nosuch'],
    },
  },
];
