/**
 * Appends every item of `items` to `target` and returns `target`. Unlike
 * `appendAll(target, items)`, it works for any length: a spread passes each item as a call
 * argument, and a few hundred thousand of them overflow the call stack.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
