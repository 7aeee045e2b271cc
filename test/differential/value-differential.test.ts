import { test } from 'node:test';
import { generateValueCases } from './generators/option-values.js';
import { qemuAvailable } from './qemu-runner.js';
import { runDifferential } from './run-differential.js';

// Option values QEMU decides from the command line alone (-d/-D/-dfilter, -smbios, -boot
// letters, -accel properties) against QEMU 7.2 itself, on command lines of their own
// generator and seed. qemu-opts lints the runner's `-machine none` too, as QEMU sees it.

const CASES = 800;

/** The words the runner puts before every case that concern qemu-opts. */
const RUNNER = ['-machine', 'none'];

test(`qemu-opts agrees with QEMU 7.2 on ${CASES} generated -d/-smbios/-boot/-accel lines`,
  { skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed', timeout: 900_000 },
  async (t) => runDifferential(t, generateValueCases(CASES), CASES, RUNNER));
