import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { capturedIo } from '../../src/cli/io.js';
import { hxPath } from '../helpers/qemu-hx-files.js';
import { HELP_REQUEST_FACTS } from '../../src/generate/help-request-facts.js';
import { createSandbox, qemuAvailable, runQemuOnce } from '../differential/qemu-runner.js';

/**
 * `qemu-opts help OPTION` prints a parameter listing, but for options that read `help` as
 * the value of their implied first key, QEMU's `-OPTION help` prints an error or nothing
 * (spec 1.4, 1.6). Our stdout stays the listing; stderr says what QEMU does instead and
 * which argument does print the listing. The facts are checked against QEMU 7.2 itself.
 */

const noQemu = !qemuAvailable();
const LISTED = Object.entries(HELP_REQUEST_FACTS).filter(([, f]) => f.listing !== undefined);

for (const [name, fact] of Object.entries(HELP_REQUEST_FACTS)) {
  test(`QEMU's '-${name} help' is no parameter listing, as the note says`, { skip: noQemu },
    async () => {
      const sandbox = createSandbox();
      try {
        const run = await runQemuOnce([`-${name}`, 'help'], sandbox);
        assert.doesNotMatch(run.stdout, /^\S+ options:\n/);
        const message = /fails with "(.*)"$/.exec(fact.instead)?.[1];
        if (message !== undefined) assert.ok(run.stderr.includes(message), run.stderr);
        if (/prints nothing and runs/.test(fact.instead)) assert.equal(run.status, 0);
      } finally {
        sandbox.dispose();
      }
    });
}

for (const [name, fact] of LISTED) {
  test(`help ${name}: a note on stderr, and stdout is what QEMU prints for '-${name} ${
    fact.listing}'`, { skip: noQemu }, async () => {
    const io = capturedIo();
    assert.equal(await main(['help', '--qemu-version', '7.2', '--host', 'linux', name], io), 0);
    assert.match(io.err, new RegExp(`'-${name} help' does not list parameters in QEMU`));
    assert.ok(io.err.includes(`'-${name} ${fact.listing}' prints the listing`), io.err);
    const sandbox = createSandbox();
    try {
      const run = await runQemuOnce([`-${name}`, fact.listing!], sandbox);
      assert.equal(io.out.split('\n')[0], run.stdout.split('\n')[0]);
      // Without QEMU's per-parameter help text the listing is byte-exact; with it, we say so.
      if (/ - /.test(run.stdout)) assert.match(io.err, /help text, which qemu-opts does not copy/);
      else assert.equal(io.out, run.stdout);
    } finally {
      sandbox.dispose();
    }
  });
}

for (const name of ['numa', 'drive']) {
  test(`help ${name}: no listing exists in QEMU, and the note says so`, async () => {
    const io = capturedIo();
    assert.equal(await main(['help', name], io), 0);
    assert.match(io.err, new RegExp(`'-${name} help' does not list parameters in QEMU`));
    assert.match(io.err, new RegExp(`no parameter listing for -${name}`));
  });
}

test('help memory-less lists keep a byte-exact stdout and no note', async () => {
  const io = capturedIo();
  assert.equal(await main(['help', '--qemu-version', '7.2', 'boot'], io), 0);
  assert.equal(io.err, '');
  assert.match(io.out, /^boot-opts options:\n/);
});

test('help msg (QEMU has help text for guest-name): a note on stderr', async () => {
  const io = capturedIo();
  assert.equal(await main(['help', 'msg'], io), 0);
  assert.match(io.err, /help text, which qemu-opts does not copy/);
  assert.match(io.out, /^msg options:\n {2}guest-name=<bool \(on\/off\)>\n/);
});

test('help --catalog 7.2.hx m: the note still names -m 1,help (the catalog has no lists)',
  async () => {
    const io = capturedIo();
    assert.equal(await main(['help', '--catalog', hxPath('7.2'), 'm'], io), 0);
    assert.match(io.err, /'-m 1,help' prints its parameter listing \(below: its -help entry\)/);
    assert.doesNotMatch(io.err, /no parameter listing/);
  });
