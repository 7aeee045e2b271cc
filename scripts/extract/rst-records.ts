/**
 * QEMU's own deprecation records: headings of `docs/about/deprecated.rst` ("``-x`` (since
 * 8.1)") and `removed-features.rst` ("``-x`` (removed in 9.0)") that name whole options.
 *
 * @module
 */

/** What the records say about one option. */
export interface OptionRecord {
  deprecated?: string;
  removed?: string;
}

const HEADING =
  /^``-([\w-]+)``(?: and ``-([\w-]+)``)?(?: option\b[^(]*)? \((since|removed in) (\d+\.\d+)\)$/;

/** Option records from the section headings of an rST text. */
export function readOptionRecords(rst: string, into = new Map<string, OptionRecord>()) {
  const lines = rst.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^(['^~"])\1{3,}\s*$/.test(lines[i + 1])) continue;
    const m = HEADING.exec(lines[i].trim());
    if (!m) continue;
    for (const name of [m[1], m[2]].filter((n): n is string => n !== undefined)) {
      const record = into.get(name) ?? {};
      if (m[3] === 'since') record.deprecated = m[4];
      else record.removed = m[4];
      into.set(name, record);
    }
  }
  return into;
}
