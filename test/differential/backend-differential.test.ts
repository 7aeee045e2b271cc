import { test } from 'node:test';
import { generateBackendCases } from './generators/backend-lines.js';
import { qemuAvailable } from './qemu-runner.js';
import { runDifferential } from './run-differential.js';

// What QEMU checks when it creates objects, network backends, fsdevs and the short chardev
// forms (IDs shared between JSON and QemuOpts arguments, -nic/-net keys, chardev forms,
// -fsdev drivers, -acpitable) against QEMU 7.2 itself, on command lines of their own
// generator and seed. qemu-opts lints the runner's `-machine none` too, as QEMU sees it.

const CASES = 600;

/** The words the runner puts before every case that concern qemu-opts. */
const RUNNER = ['-machine', 'none'];

test(`qemu-opts agrees with QEMU 7.2 on ${CASES} generated object/netdev/chardev-form lines`,
  { skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed', timeout: 900_000 },
  async (t) => runDifferential(t, generateBackendCases(CASES), CASES, RUNNER));
