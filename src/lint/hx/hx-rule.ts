/**
 * The shape of a check of a `qemu-options.hx` file run by `check-hx`.
 *
 * @module
 */
import type { HxDocument, HxProblem } from '../../model/hx/hx-document.js';
import type { SourceText } from '../../model/source-text.js';

/** A check over a read `.hx` file. */
export interface HxRule {
  /** The diagnostic code it reports (its id). */
  code: string;
  /** Finds the problems in `doc`, read from `source`. */
  check(doc: HxDocument, source: SourceText): HxProblem[];
}
