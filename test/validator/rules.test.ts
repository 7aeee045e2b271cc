import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArgv, type LintOptions } from '../../src/lint/lint-text.js';
import { MINI_CATALOG } from './mini-catalog.js';

/** `[code, severity, text under the range, message]` for each finding on an x86_64 argv. */
function findings(words: string[], options: LintOptions = {}): string[][] {
  const result = lintArgv(['qemu-system-x86_64', ...words], {
    catalog: MINI_CATALOG,
    host: 'linux',
    ...options,
  });
  return result.diagnostics.map((d) => [
    d.code,
    d.severity,
    result.source.text.slice(d.start.offset, d.end.offset),
    d.message,
  ]);
}

/** A table row: words, settings, expected findings. */
type Row = [string[], LintOptions, string[][]];

const VALID: Row[] = [
  [['-run-with', 'exit-with-parent=on,async-teardown=off,chroot=/srv,user=1000:1000'], {}, []],
  [['-run-with', 'exit-with-parent=on'], { host: 'darwin' }, []],
  [['-run-with', 'exit-with-parent=off'], { host: 'netbsd' }, []],
  [['-run-with', 'user=0x3e8:0750'], {}, []],
  [['-m', '4G', '-m', 'size=512,slots=2,maxmem=8G'], {}, []],
  [['-name', 'guest=a,,b,process=x,debug-threads=yes'], {}, []],
  [['-device', 'virtio-net,anything=goes,x=y'], {}, []],
  [['-device', '{"driver":"virtio-net","bogus":1}'], {}, []],
  [['-machine', 'q35,whatever=1'], {}, []],
  [['-chroot', '/srv'], { qemuVersion: '8.0' }, []],
];

test('valid command lines give no finding', () => {
  for (const [words, options, expected] of VALID) {
    assert.deepEqual(findings(words, options), expected, words.join(' '));
  }
});

const INVALID: Row[] = [
  [
    ['-run-with', 'exit-with-parent=maybe'],
    {},
    [['invalid-bool', 'error', 'maybe', "Parameter 'exit-with-parent' expects 'on' or 'off'"]],
  ],
  [
    ['-run-with', 'exit-with-parent=on'],
    { host: 'windows' },
    [['not-on-host', 'error', '-run-with', 'invalid option']],
  ],
  [
    ['-run-with', 'async-teardown=on'],
    { host: 'darwin' },
    [['not-on-host', 'error', 'async-teardown', "Invalid parameter 'async-teardown'"]],
  ],
  [
    ['-run-with', 'exit-with-parent=yes'],
    { host: 'netbsd' },
    [['not-on-host', 'error', 'yes', 'exit-with-parent is not available on this platform']],
  ],
  [
    ['-run-with', 'exit-with-parent=on'],
    { qemuVersion: '10.1' },
    [['not-in-version', 'error', 'exit-with-parent', "Invalid parameter 'exit-with-parent'"]],
  ],
  [
    ['-run-with', 'chroot=/x'],
    { qemuVersion: '8.0' },
    [['not-in-version', 'error', '-run-with', 'invalid option']],
  ],
  [
    ['-run-with', 'exit-with-parnet=on'],
    {},
    [['invalid-parameter', 'error', 'exit-with-parnet', "Invalid parameter 'exit-with-parnet'"]],
  ],
  [
    ['-run-with', 'on'],
    {},
    [
      ['short-form-boolean', 'warning', 'on', "short-form boolean option 'on' deprecated"],
      ['invalid-parameter', 'error', 'on', "Invalid parameter 'on'"],
    ],
  ],
  [
    ['-run-with', 'user=1000'],
    {},
    [
      [
        'user-not-portable',
        'warning',
        '1000',
        "QEMU looks up '1000' as a user name, not as a numeric user ID",
      ],
    ],
  ],
  [
    ['-run-with', 'chroot=/x,user=1000:abc'],
    {},
    [
      [
        'invalid-user',
        'error',
        '1000:abc',
        'User "chroot=/x,user=1000:abc" doesn\'t exist (and is not <uid>:<gid>)',
      ],
    ],
  ],
  [
    ['-run-with', 'user=1:4294967295'],
    {},
    [
      [
        'invalid-user',
        'error',
        '1:4294967295',
        'User "user=1:4294967295" doesn\'t exist (and is not <uid>:<gid>)',
      ],
    ],
  ],
  [
    ['-run-with', 'chroot'],
    {},
    [
      ['short-form-boolean', 'warning', 'chroot', "short-form boolean option 'chroot' deprecated"],
      [
        'chroot-flag',
        'warning',
        'chroot',
        'QEMU reads this as chroot=on: a chroot into a directory named "on"',
      ],
    ],
  ],
  [
    ['-run-with', 'help'],
    {},
    [
      [
        'help-request',
        'info',
        'help',
        'QEMU prints the parameters of -run-with and exits with status 1',
      ],
    ],
  ],
  [
    ['-run-with', 'bogus=1,help'],
    {},
    [
      ['invalid-parameter', 'error', 'bogus', "Invalid parameter 'bogus'"],
      [
        'help-request',
        'info',
        'help',
        'QEMU prints the parameters of -run-with and exits with status 1',
      ],
    ],
  ],
  [
    ['-chardev', 'socket,id=c0,notify'],
    {},
    [
      ['short-form-boolean', 'warning', 'notify', "short-form boolean option 'notify' deprecated"],
      ['no-prefix-flag', 'error', 'notify', "Invalid parameter 'tify'"],
    ],
  ],
  [
    ['-chardev', 'pty,id=c0', '-chardev', 'pty,id=c0'],
    {},
    [['duplicate-id', 'error', 'c0', "Duplicate ID 'c0' for chardev"]],
  ],
  [
    ['-chardev', 'pty,id=0c'],
    {},
    [['invalid-id', 'error', '0c', "Parameter 'id' expects an identifier"]],
  ],
  [
    ['-name', 'guest=a,id=x'],
    {},
    [['id-in-merged-list', 'error', 'id=x', "Invalid parameter 'id'"]],
  ],
  [
    ['-m', 'slots=two'],
    {},
    [['invalid-number', 'error', 'two', "Parameter 'slots' expects a number"]],
  ],
  [
    ['-m', '4Gi'],
    {},
    [['invalid-size', 'error', '4Gi', "Parameter 'size' expects a non-negative number below 2^64"]],
  ],
  [
    ['-m', '-1'],
    {},
    [['size-out-of-range', 'error', '-1', "Value '-1' is out of range for parameter 'size'"]],
  ],
  [['-msg', 'timestamp=yes'], { qemuVersion: '7.2' }, []],
  [
    ['-chroot', '/srv'],
    { qemuVersion: '8.1' },
    [['deprecated', 'warning', '-chroot', '-chroot is deprecated since QEMU 8.1']],
  ],
  [['-chroot', '/srv'], {}, [['removed', 'error', '-chroot', 'invalid option']]],
  [
    ['-no-fd-bootchk'],
    { target: 'aarch64' },
    [
      ['program-name', 'info', 'qemu-system-x86_64',
        'the program runs target x86_64; read as target aarch64, as asked'],
      ['option-not-for-target', 'error', '-no-fd-bootchk',
        'Option not supported for this target'],
    ],
  ],
  [
    ['-device', 'help'],
    {},
    [
      [
        'help-request',
        'info',
        'help',
        'QEMU prints help for -device and exits instead of starting a guest',
      ],
    ],
  ],
  [
    ['-machine', 'q35,help'],
    {},
    [
      [
        'help-request',
        'info',
        'help',
        'QEMU prints help for -machine and exits instead of starting a guest',
      ],
    ],
  ],
  [
    ['-run-with', 'chroot=/x'],
    { qemuVersion: '99.0' },
    [
      [
        'version-approximated',
        'info',
        '',
        'the catalog does not know QEMU 99.0; checking against QEMU 10.2, ' +
          'the nearest release it knows',
      ],
    ],
  ],
];

test('invalid command lines: code, severity, range and message', () => {
  for (const [words, options, expected] of INVALID) {
    assert.deepEqual(
      findings(words, options),
      expected,
      `${words.join(' ')} ${JSON.stringify(options)}`,
    );
  }
});

test('the target comes from the program name unless --target says otherwise', () => {
  const aarch64 = lintArgv(['qemu-system-aarch64', '-no-fd-bootchk'], { catalog: MINI_CATALOG });
  assert.deepEqual(
    aarch64.diagnostics.map((d) => d.code),
    ['option-not-for-target'],
  );
  const forced = lintArgv(['qemu-system-aarch64', '-no-fd-bootchk'], {
    catalog: MINI_CATALOG,
    target: 'i386',
  });
  assert.deepEqual(forced.diagnostics.map((d) => [d.code, d.message]), [['program-name',
    'the program runs target aarch64; read as target i386, as asked']]);
  const kvm = lintArgv(['qemu-kvm', '-no-fd-bootchk'], { catalog: MINI_CATALOG });
  assert.deepEqual(kvm.diagnostics, []);
});

test('a removed option carries its documented replacement as a fix', () => {
  const result = lintArgv(['qemu-system-x86_64', '-runas', 'bob', '-chroot', '/a,b'], {
    catalog: MINI_CATALOG,
  });
  const fixes = result.diagnostics.map((d) => d.fix?.edits);
  assert.deepEqual(fixes, [
    [{ start: 19, end: 29, newText: '-run-with user=bob' }],
    [{ start: 30, end: 42, newText: '-run-with chroot=/a,,b' }],
  ]);
});
