import { test } from 'node:test';
import { generateCases } from './generators/command-lines.js';
import { qemuAvailable } from './qemu-runner.js';
import { runDifferential } from './run-differential.js';

// The main differential test (issue 4): QemuOpts and keyval options of QEMU 7.2, whole
// command lines with references between options, run through QEMU 7.2 and lintArgv. The
// runner's `-machine none` is linted too, so that the checks the machine type decides
// (the -smp topology against its cpu-max, its properties) see the machine QEMU runs.

const CASES = 2000;

/** The words the runner puts before every case that concern qemu-opts. */
const RUNNER = ['-machine', 'none'];

test(`qemu-opts agrees with QEMU 7.2 on ${CASES} generated command lines`, {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
  timeout: 600_000,
}, async (t) => runDifferential(t, generateCases(CASES), CASES, RUNNER));
