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

/**
 * "``-spice password=string`` (removed in 8.0)": one parameter of an option, kept under the
 * key `OPTION PARAM` (the option's list has the option's name). Only a plain value
 * (`string`, `on|off`) counts, so `-drive file=json:{...}` (one form of a value) does not.
 */
const OPTION_PARAM_HEADING =
  /^``-([\w-]+) ([\w.-]+)=[\w|]*``(?: option\b[^(]*)? \((since|removed in) (\d+\.\d+)\)$/;

/** "``QEMU_AUDIO_`` environment variables and ``-audio-help`` (removed in 8.2)". */
const LAST_OF_PAIR = /\band ``-([\w-]+)`` \((since|removed in) (\d+\.\d+)\)$/;

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
    const q = OPTION_PARAM_HEADING.exec(title);
    if (q) {
      const key = `${q[1]} ${q[2]}`;
      const record = into.get(key) ?? {};
      if (q[3] === 'since') record.deprecated = q[4];
      else record.removed = q[4];
      into.set(key, record);
      continue;
    }
    const m = HEADING.exec(title) ?? pairAsHeading(LAST_OF_PAIR.exec(title));
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

/** A LAST_OF_PAIR match in the shape of a HEADING match (name, no second name, event). */
function pairAsHeading(m: RegExpExecArray | null): (string | undefined)[] | null {
  return m ? [m[0], m[1], undefined, m[2], m[3]] : null;
}
