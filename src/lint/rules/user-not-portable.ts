import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { strtoull } from '../../model/values/c-strtoull.js';
import type { EntryRule } from '../entry-rule.js';

/**
 * `-run-with user=`: QEMU first looks the value up as a user name, and only then tries
 * `uid:gid` (numbers in C base-0 notation, neither 4294967295). A bare number is therefore
 * a user *name*: it works only where a user with that name exists. Something with a `:`
 * that is not `uid:gid` fails on every host with QEMU's message, which quotes the whole
 * argument.
 *
 * @module
 */

const ID_LIMIT = 0xffffffffn;

/** Whether `text` is one C base-0 number below 2^32 - 1, all of `text`. */
function isId(text: string): boolean {
  const read = strtoull(text, 0, 0);
  return (
    read.converted &&
    !read.negative &&
    !read.overflow &&
    read.end === text.length &&
    read.value < ID_LIMIT
  );
}

/** Whether `value` is a `uid:gid` pair QEMU accepts. */
export function isUidGid(value: string): boolean {
  const colon = value.indexOf(':');
  return colon > 0 && isId(value.slice(0, colon)) && isId(value.slice(colon + 1));
}

/** The rule. */
export const userNotPortable: EntryRule = ({ list, entry, argument }) => {
  if (list.name !== 'run-with' || entry.key !== 'user' || entry.form !== 'pair') return [];
  const value = entry.value;
  const span = entry.valueSpan ?? entry.itemSpan;
  if (isUidGid(value)) return [];
  if (value.includes(':')) {
    const found: SpanDiagnostic = {
      code: 'invalid-user',
      severity: 'error',
      message: `User "${argument}" doesn't exist (and is not <uid>:<gid>)`,
      hint: 'a user is a name, or two numbers uid:gid',
      span,
    };
    return [found];
  }
  if (!isId(value)) return [];
  return [
    {
      code: 'user-not-portable',
      severity: 'warning',
      message: `QEMU looks up '${value}' as a user name, not as a numeric user ID`,
      hint:
        `unless a user named '${value}' exists, QEMU stops with 'User "${argument}" doesn't ` +
        `exist'; a numeric user needs its group too: user=${value}:GID`,
      span,
    },
  ];
};
