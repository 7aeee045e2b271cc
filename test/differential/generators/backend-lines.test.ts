import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBackendCases } from './backend-lines.js';

const cases = generateBackendCases(600);

/** Forwarding rules QEMU refuses by their syntax, before it binds any port. */
const REFUSED_RULES = new Set(['tcp::bogus', 'x', 'icmp::1-:2', 'tcp::70000-:22', 'udp::1-:0',
  'tcp::1-22', 'tcp:1']);

test('the backend generator gives 600 distinct cases, the same ones on every run', () => {
  assert.equal(cases.length, 600);
  assert.equal(new Set(cases.map((c) => JSON.stringify(c.argv))).size, 600);
  assert.deepEqual(generateBackendCases(50), cases.slice(0, 50));
});

test('backend cases name no path, open no socket, pty, terminal or host device', () => {
  // pty: is no chardev form in 7.2: QEMU refuses it before opening anything.
  for (const { argv } of cases) {
    for (const word of argv) {
      assert.ok(!word.includes('/'), `path in ${word}`);
      const opens = /^(mon:)?(stdio|pty(?!:)|vc|tcp:|udp:|unix:|telnet:|websocket:|tn3270:|pipe:)/;
      assert.ok(!opens.test(word) && !/^(mon:)?(COM|con:)/.test(word),
        `chardev that opens something: ${word}`);
      assert.ok(!/(guestfwd|smb|tftp|bootfile)=/.test(word), `forwarding in ${word}`);
      for (const rule of word.match(/hostfwd=[^,]*/g) ?? []) {
        assert.ok(REFUSED_RULES.has(rule.slice('hostfwd='.length)), `forwarding rule ${rule}`);
      }
      if (word.startsWith('socket,')) {
        assert.ok(!/(path|host|port|fd)=/.test(word), `socket address in ${word}`);
        assert.ok(!/server=on/.test(word) || /(reconnect|tls-authz)=/.test(word), word);
      }
      assert.ok(!/^(tap|bridge|stream|dgram|vde|l2tpv3|vhost)/.test(word) ||
        word.includes('bogus'), `a backend that opens something: ${word}`);
    }
    argv.forEach((w, i) => {
      // -acpitable with one of data and file would read it; -debugcon/-virtfs only refused.
      if (argv[i - 1] === '-acpitable') {
        assert.equal(/(^|,)data=/.test(w), /(^|,)file=/.test(w), `table in ${w}`);
      }
      if (argv[i - 1] === '-debugcon') assert.ok(!['null', 'none'].includes(w), w);
      if (argv[i - 1] === '-audio') assert.ok(!/model=(ac97|adlib|cs4231a|es1370|gus|hda|sb16)/
        .test(w), `a sound card in ${w}`);
      if (argv[i - 1] === '-tpmdev') assert.ok(!/^(passthrough|emulator)/.test(w), w);
      if (argv[i - 1] === '-virtfs') {
        assert.ok(!/^local,.*mount_tag/.test(w) && !/^synth,.*mount_tag/.test(w), w);
      }
    });
  }
});

test('the backend cases cover each family, valid and invalid', () => {
  const families = new Set(cases.flatMap((c) => c.argv));
  for (const option of ['-object', '-netdev', '-nic', '-net', '-serial', '-parallel',
    '-debugcon', '-monitor', '-qmp', '-fsdev', '-virtfs', '-acpitable', '-chardev', '-audio',
    '-tpmdev', '-machine']) {
    assert.ok(families.has(option), `no case for ${option}`);
  }
  const words = cases.flatMap((c) => c.argv);
  for (const sample of ['{"qom-type":"iothread","id":"a"}', 'iothread,id=a', 'user,bogus=1',
    'bogus:x', 'bogus,id=f2', 'sig=ABCD', 'io\\u0030', 'hostfwd=', '"ipv4":false',
    'accel=bogus']) {
    assert.ok(words.some((w) => w.includes(sample)), `no ${sample}`);
  }
});
