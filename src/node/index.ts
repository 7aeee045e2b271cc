/**
 * The Node-only part of the library: what needs to run a process (`qemu-opts/node`).
 *
 * @module
 */
export { importBinaryFacts, type ImportBinaryOptions } from './import-binary.js';
export { BuildFactsError } from '../import/binary-facts.js';
export type { BuildFacts, MachineFact, QomTypeFact } from '../catalog/build-facts.js';
