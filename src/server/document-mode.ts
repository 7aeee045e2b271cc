import type { SplitMode } from '../input/shell-splitter.js';

/**
 * How a document is read: a libvirt `.args` file holds one command whose newlines only
 * separate words; everything else is shell text.
 *
 * @module
 */

/** The split mode for the document at `uri`. */
export function documentMode(uri: string): SplitMode {
  const path = uri.split(/[?#]/)[0];
  return /\.args$/i.test(path) ? 'args' : 'script';
}
