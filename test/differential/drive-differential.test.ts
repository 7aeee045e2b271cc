import { test } from 'node:test';
import { generateDriveCases, writeDriveImages } from './generators/drive-lines.js';
import { qemuAvailable } from './qemu-runner.js';
import { runDifferential } from './run-differential.js';

// -drive lines against QEMU 7.2 with images that exist in the runner's directory, so that
// QEMU gets past opening the file and reaches the checks of the block nodes' keys (issue 4):
// their own generator and seed, compared like the other differential tests.

const CASES = 600;

test(`qemu-opts agrees with QEMU 7.2 on ${CASES} generated -drive lines with real images`, {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
  timeout: 900_000,
}, async (t) => runDifferential(t, generateDriveCases(CASES), CASES, [], writeDriveImages));
