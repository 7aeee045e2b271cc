/**
 * Checks a `qemu-options.hx` file: what the importer finds (syntax, unbalanced `SRST`/`ERST`
 * and `#if`/`#endif`, unknown macros and arches) plus the rules of this folder.
 *
 * @module
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { catalogOfDocument, toDiagnostic } from '../../import/hx-to-catalog.js';
import { DEBIAN_HX_MACROS } from '../../import/hx-macros.js';
import { readHx, withoutStringCascade } from '../../model/hx/read-hx.js';
import { SourceText } from '../../model/source-text.js';
import { hxMissingDoc } from './hx-missing-doc.js';
import { hxSynopsisMismatch } from './hx-synopsis-mismatch.js';
import type { HxRule } from './hx-rule.js';
import { appendAll } from '../../util/append-all.js';
import { requireString } from '../../api/usage-error.js';

/** Every `.hx` rule, in the order their findings are listed for one position. */
export const HX_RULES: readonly HxRule[] = [hxSynopsisMismatch, hxMissingDoc];

/** The diagnostics of `text`, the contents of `file`, sorted by position. */
export function checkHx(text: string, file: string): Diagnostic[] {
  requireString('checkHx', 'text', text);
  requireString('checkHx', 'file', file);
  const source = new SourceText(text);
  const doc = readHx(text);
  const problems = [...doc.problems, ...catalogOfDocument(doc, DEBIAN_HX_MACROS).problems];
  for (const rule of HX_RULES) appendAll(problems, rule.check(doc, source));
  problems.sort((a, b) => a.start.offset - b.start.offset);
  return withoutStringCascade(problems).map((p) => toDiagnostic(p, file));
}
