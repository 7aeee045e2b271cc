/**
 * Compact JSON text of a tree of any depth, written without recursion (`JSON.stringify`
 * and a recursive writer both run out of stack on a key with tens of thousands of dots).
 *
 * @module
 */

/** How one node is written: its whole text, or brackets around named or listed children. */
export type TreeTextPart<N> =
  | string
  | { open: '{' | '['; children: [name: string | undefined, child: N][] };

/**
 * The text of `root`, where `part` says how each node is written: a leaf's text, or an
 * object (`{`, children with names) or array (`[`, children without), separated by commas.
 * Names are written as JSON strings.
 */
export function treeText<N>(root: N, part: (node: N) => TreeTextPart<N>): string {
  const out: string[] = [];
  // Literal text to write, or a node to expand, in reverse order.
  const work: ({ text: string } | { node: N })[] = [{ node: root }];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const written = part(item.node);
    if (typeof written === 'string') {
      out.push(written);
      continue;
    }
    out.push(written.open);
    work.push({ text: written.open === '{' ? '}' : ']' });
    for (let i = written.children.length - 1; i >= 0; i--) {
      const [name, child] = written.children[i];
      work.push({ node: child });
      const prefix = (i > 0 ? ',' : '') + (name === undefined ? '' : `${JSON.stringify(name)}:`);
      if (prefix !== '') work.push({ text: prefix });
    }
  }
  return out.join('');
}
