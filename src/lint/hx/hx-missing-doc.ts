/**
 * `hx-missing-doc`: a DEF that no rST block documents. DEFs in a row share the block that
 * follows the last of them (`-fda`/`-fdb`, `-hda` … `-hdd`), so a DEF is undocumented when
 * a heading or the end of the file comes before the next rST block. Hidden options (empty
 * help text, such as `-qtest`) are internal and not reported.
 *
 * @module
 */
import type { HxDef, HxProblem } from '../../model/hx/hx-document.js';
import type { HxRule } from './hx-rule.js';

function report(defs: HxDef[], out: HxProblem[]): void {
  for (const def of defs) {
    const hidden = def.help.every((p) => p.kind !== 'string' || p.value === '');
    if (hidden) continue;
    out.push({
      code: 'hx-missing-doc',
      severity: 'warning',
      message: `option '-${def.name}' has no SRST/ERST doc block`,
      start: def.start,
      end: def.nameStart,
    });
  }
}

/** The rule. */
export const hxMissingDoc: HxRule = {
  code: 'hx-missing-doc',
  check(doc) {
    const out: HxProblem[] = [];
    let pending: HxDef[] = [];
    for (const item of doc.items) {
      if (item.kind === 'def') pending.push(item);
      else if (item.kind === 'rst') pending = [];
      else if (item.kind === 'heading') {
        report(pending, out);
        pending = [];
      }
    }
    report(pending, out);
    return out;
  },
};
