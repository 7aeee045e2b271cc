import { test } from 'node:test';
import { generateQapiCases } from './generators/qapi-arguments.js';
import { qemuAvailable } from './qemu-runner.js';
import { runDifferential } from './run-differential.js';

// The QAPI differential test (issue 4): keyval and JSON arguments of -object, -blockdev,
// -netdev, -audiodev, -compat and -display, drawn by their own generator and seed, run
// through QEMU 7.2 and through lintArgv, compared like the main differential test.

const CASES = 1200;

test(`qemu-opts agrees with QEMU 7.2 on ${CASES} generated QAPI-typed arguments`, {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
  timeout: 900_000,
}, async (t) => runDifferential(t, generateQapiCases(CASES), CASES));
