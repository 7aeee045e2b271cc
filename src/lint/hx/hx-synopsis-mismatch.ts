/**
 * `hx-synopsis-mismatch`: a synopsis whose parameter list is not what QEMU parses. QEMU
 * separates parameters with commas (`key=value,key=value`), so a synopsis writes each
 * optional parameter after the first as `[,key=…]`. A group written `[key=…]` right after
 * another group (`[,chroot=dir][user=…]`, 10.0's `-run-with`) lists a parameter that cannot
 * be given that way: as written it would belong to the value before it.
 *
 * A warning: the file still builds and QEMU still works; only its help and docs mislead.
 *
 * Checked: the synopsis lines of each DEF's help (lines starting with `-`, and lines
 * continuing them indented by fewer than 16 blanks) and the synopsis terms of its docs
 * (lines starting with two backquotes and a dash).
 *
 * @module
 */
import type { HxDef, HxProblem, HxRstBlock } from '../../model/hx/hx-document.js';
import { literalIndexOfValueIndex } from '../../model/hx/c-string.js';
import type { SourceText } from '../../model/source-text.js';
import type { HxRule } from './hx-rule.js';

/** A `[key=` after a closing `]` with no comma between (maybe on the next synopsis line). */
const GLUED = /\](\n *)?\[([A-Za-z][\w.-]*)=/g;

const message = (key: string) =>
  `synopsis lists '${key}=' without the comma that separates it from the parameter before it`;

/** Offsets (in the joined help text) of each synopsis: a `-` line and its continuations. */
function synopsisRanges(help: string): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const line of help.split('\n')) {
    const last = ranges[ranges.length - 1];
    if (line.startsWith('-')) ranges.push([at, at + line.length]);
    else if (last && last[1] === at - 1 && /^ {1,15}\S/.test(line)) last[1] = at + line.length;
    at += line.length + 1;
  }
  return ranges;
}

function checkDef(def: HxDef, source: SourceText, out: HxProblem[]): void {
  const pieces = def.help.filter((p) => p.kind !== 'directive');
  const text = pieces.map((p) => (p.kind === 'string' ? p.value : '')).join('');
  for (const [from, to] of synopsisRanges(text)) {
    for (const m of text.slice(from, to).matchAll(GLUED)) {
      let index = from + (m.index ?? 0) + 1 + (m[1]?.length ?? 0);
      const length = m[0].length - 1 - (m[1]?.length ?? 0);
      for (const p of pieces) {
        const size = p.kind === 'string' ? p.value.length : 0;
        if (index >= size) {
          index -= size;
          continue;
        }
        if (p.kind !== 'string') break;
        const offset = p.start.offset + literalIndexOfValueIndex(p.raw, index);
        out.push({
          code: 'hx-synopsis-mismatch',
          severity: 'warning',
          message: message(m[2]),
          start: source.positionAt(offset),
          end: source.positionAt(offset + length),
        });
        break;
      }
    }
  }
}

function checkDoc(block: HxRstBlock, source: SourceText, out: HxProblem[]): void {
  block.lines.forEach((line, i) => {
    if (!line.startsWith('``-')) return;
    for (const m of line.matchAll(GLUED)) {
      const offset = block.lineOffsets[i] + (m.index ?? 0) + 1;
      out.push({
        code: 'hx-synopsis-mismatch',
        severity: 'warning',
        message: message(m[2]),
        start: source.positionAt(offset),
        end: source.positionAt(offset + m[0].length - 1),
      });
    }
  });
}

/** The rule. */
export const hxSynopsisMismatch: HxRule = {
  code: 'hx-synopsis-mismatch',
  check(doc, source) {
    const out: HxProblem[] = [];
    for (const item of doc.items) {
      if (item.kind === 'def') checkDef(item, source, out);
      else if (item.kind === 'rst') checkDoc(item, source, out);
    }
    return out;
  },
};
