import { test } from 'node:test';
import { generateDeviceCases } from './generators/device-lines.js';
import { qemuAvailable } from './qemu-runner.js';
import { runDifferential } from './run-differential.js';

// The build-facts checks (-device, -machine, -cpu, -global) against QEMU 7.2 itself, on
// command lines of their own generator and seed. The runner puts `-machine none` before each
// case; qemu-opts lints the same words, so that both see the same machine.

const CASES = 1200;

/** The words the runner puts before every case that concern qemu-opts. */
const RUNNER = ['-machine', 'none'];

test(`qemu-opts agrees with QEMU 7.2 on ${CASES} generated -device/-machine/-cpu/-global lines`,
  { skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed', timeout: 900_000 },
  async (t) => runDifferential(t, generateDeviceCases(CASES), CASES, RUNNER));
