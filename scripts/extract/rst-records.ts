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

/**
 * Sections of the records whose `^^^` headings name parameters of one list, e.g.
 * "``reconnect`` (since 9.2)" under "Character device options". Their records are kept
 * under the key `LIST PARAM`.
 */
const PARAM_SECTIONS: Record<string, string> = {
  'Character device options': 'chardev',
};

const PARAM_HEADING = /^``([\w.-]+)``(?: option\b[^(]*)? \((since|removed in) (\d+\.\d+)\)$/;

const HEADING =
  /^``-([\w-]+)``(?: and ``-([\w-]+)``)?(?: option\b[^(]*)? \((since|removed in) (\d+\.\d+)\)$/;

/** Option records from the section headings of an rST text. */
export function readOptionRecords(rst: string, into = new Map<string, OptionRecord>()) {
  const lines = rst.split('\n');
  let section: string | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const underline = /^(['^~"=-])\1{3,}\s*$/.exec(lines[i + 1])?.[1];
    if (underline === undefined) continue;
    const title = lines[i].trim();
    if (underline !== '^') section = PARAM_SECTIONS[title];
    const p = section && underline === '^' ? PARAM_HEADING.exec(title) : null;
    if (p) {
      const key = `${section} ${p[1]}`;
      const record = into.get(key) ?? {};
      if (p[2] === 'since') record.deprecated = p[3];
      else record.removed = p[3];
      into.set(key, record);
      continue;
    }
    const m = HEADING.exec(title);
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
