import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { buildLookup } from '../../src/catalog/condition.js';
import { DEBIAN_7_2_AMD64 } from '../../src/catalog/build-profiles.js';
import { generateHelpText } from '../../src/generate/help-text.js';
import { importHx } from '../../src/import/hx-to-catalog.js';
import { DEBIAN_HX_MACROS } from '../../src/import/hx-macros.js';
import { buildHelpReference } from '../helpers/c-help-reference.js';
import { hxPath, hxText } from '../helpers/qemu-hx-files.js';

/** The body of the installed binary's -help: without the 6 banner lines and the footer. */
function binaryBody(): { body: string } {
  const out = execFileSync('/usr/bin/qemu-system-x86_64', ['-help'], { encoding: 'utf8' });
  const lines = out.split(/(?<=\n)/);
  assert.match(lines[2], /^usage: /);
  assert.equal(lines[3], '\n');
  assert.equal(lines[5], '\n');
  return { body: lines.slice(6).join('') };
}

test('7.2: our -help body equals the Debian binary\'s byte for byte', () => {
  const catalog = importHx(hxText('7.2')).catalog;
  const ours = generateHelpText(catalog, {
    arch: DEBIAN_7_2_AMD64.arch,
    lookup: buildLookup(DEBIAN_7_2_AMD64.defined),
  });
  const { body } = binaryBody();
  assert.ok(ours.length > 10000);
  assert.equal(body.slice(0, ours.length), ours);
  // What follows is QEMU's footer: it starts with an empty line and lists no option.
  const footer = body.slice(ours.length);
  assert.ok(footer.startsWith('\n'));
  assert.doesNotMatch(footer, /^-/m);
});

test('7.2: the C reference printer agrees with the binary too (checks the reference)', () => {
  const ref = buildHelpReference(hxPath('7.2'), DEBIAN_7_2_AMD64.defined, DEBIAN_HX_MACROS);
  try {
    const { body } = binaryBody();
    const printed = ref.body('I386');
    assert.equal(body.slice(0, printed.length), printed);
    assert.doesNotMatch(body.slice(printed.length), /^-/m);
  } finally {
    ref.dispose();
  }
});

/** Builds compared: a Debian-like Linux build, a lean POSIX one, a Windows-like one. */
const BUILDS: Record<string, string[]> = {
  'linux-full': [
    ...DEBIAN_7_2_AMD64.defined, 'CONFIG_AUDIO_PIPEWIRE', 'CONFIG_AF_XDP', 'CONFIG_PASST',
  ],
  'bsd-lean': ['CONFIG_POSIX', 'CONFIG_BSD', '__FreeBSD__', 'CONFIG_NETMAP', 'CONFIG_VNC'],
  'windows': ['_WIN32', 'CONFIG_WIN32', 'CONFIG_SDL', 'CONFIG_AUDIO_DSOUND', 'CONFIG_TPM'],
};
const ARCHES = ['I386', 'ARM', 'RISCV', 'S390X', 'PPC', 'M68K'];

for (const release of ['10.0', '10.2', '7.2']) {
  test(`${release}: our -help body equals QEMU's rules run by cpp and gcc`, () => {
    const catalog = importHx(hxText(release)).catalog;
    for (const [name, macros] of Object.entries(BUILDS)) {
      const ref = buildHelpReference(hxPath(release), macros, DEBIAN_HX_MACROS);
      try {
        for (const arch of ARCHES) {
          const ours = generateHelpText(catalog, { arch, lookup: buildLookup(new Set(macros)) });
          assert.equal(ours, ref.body(arch), `${release} ${name} ${arch}`);
        }
      } finally {
        ref.dispose();
      }
    }
  });
}
