/**
 * How QEMU reads a PCI device's `addr` text, `slot[.function]` in hex (`set_pci_devfn`,
 * `hw/core/qdev-properties-system.c`): `sscanf(str, "%x.%x%n")`, else `sscanf(str, "%x%n")`,
 * then nothing may follow, the slot must be at most 31 and the function at most 7. glibc's
 * `%x` skips white space and takes a sign and a `0x` prefix.
 *
 * @module
 */

/** Where one `%x` conversion ends and what it stored, or undefined when it matched nothing. */
type Scan = { end: number; value: bigint } | undefined;

/** Digits beyond which the value's overflow is not modelled. */
const MAX_DIGITS = 15;

/** One glibc `%x` into an unsigned int, from `at`; `null` when the result is not modelled. */
function scanHex(text: string, at: number): Scan | null {
  let i = at;
  while (i < text.length && ' \t\n\v\f\r'.includes(text[i])) i++;
  const negative = text[i] === '-';
  if (text[i] === '-' || text[i] === '+') i++;
  let prefixed = false;
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
    prefixed = true;
    i += 2;
  }
  const digits = /^[0-9a-fA-F]*/.exec(text.slice(i))![0];
  if (digits === '' && !prefixed) return undefined;
  if (digits.length > MAX_DIGITS) return null;
  const magnitude = digits === '' ? 0n : BigInt(`0x${digits}`);
  const value = (negative ? (2n ** 64n - magnitude) % 2n ** 64n : magnitude) % 2n ** 32n;
  return { end: i + digits.length, value };
}

/** Whether QEMU takes `text` as a PCI address; undefined when the reading is not modelled. */
export function isPciDevfnText(text: string): boolean | undefined {
  const slot = scanHex(text, 0);
  if (slot === null) return undefined;
  if (slot === undefined) return false;
  let end = slot.end;
  let fn = 0n;
  if (text[end] === '.') {
    const second = scanHex(text, end + 1);
    if (second === null) return undefined;
    if (second !== undefined) {
      end = second.end;
      fn = second.value;
    }
  }
  return end === text.length && fn <= 7n && slot.value <= 31n;
}
