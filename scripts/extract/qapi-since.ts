/**
 * "since X.Y" facts from QAPI schema doc comments: the members of a struct whose doc line
 * says when they were added, e.g. `# @drawers: number of drawers … (since 8.2)` in
 * `SMPConfiguration`. Used for keyval-parsed options whose members QAPI documents.
 *
 * @module
 */

/** Member name → release, for the struct `name` in the QAPI text `qapi`. */
export function qapiMemberSince(qapi: string, name: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = qapi.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^\\{ 'struct': '${name}'`).test(l));
  if (at < 0) throw new Error(`QAPI struct ${name} not found`);
  let start = at - 1;
  while (start > 0 && lines[start - 1].startsWith('#')) start--;
  let member: string | undefined;
  let text = '';
  const flush = () => {
    const since = /\(since (\d+\.\d+)\)/.exec(text)?.[1];
    if (member && since) out.set(member, since);
  };
  for (const line of lines.slice(start, at)) {
    const m = /^# @([\w-]+):(.*)$/.exec(line);
    if (m || /^#\s*$/.test(line)) {
      flush();
      member = m?.[1];
      text = m?.[2] ?? '';
    } else text += ` ${line.replace(/^#\s*/, '')}`;
  }
  flush();
  return out;
}
