import type { BuildFacts } from '../catalog/build-facts.js';
import type { KeyvalNode, KeyvalString } from '../model/keyval-tree.js';
import type { MemberFinding } from './qapi-members.js';
import { isInt64Text } from './qapi-scalar.js';

/**
 * What an x86 board of QEMU 7.2 checks of `-boot` when it builds the machine (after the
 * letters every machine checks, boot-devices.ts): creating its fw_cfg device, a PC or
 * microvm refuses a `splash-time` outside 0 to 65535 and a `reboot-timeout` outside -1 to
 * 65535 (`hw/nvram/fw_cfg.c`); then a PC writes `order`, and later `once`, into its CMOS,
 * which takes at most three devices of `a`, `b`, `c`, `d` and `n` (`set_boot_dev` in
 * `hw/i386/pc.c`). Other boards are not known here.
 *
 * @module
 */

/** The board kind of machine type `machine`, from its place in the type tree. */
function boardKind(facts: BuildFacts, machine: string): 'pc' | 'microvm' | undefined {
  if (facts.target !== 'x86_64') return undefined;
  for (let t: string | undefined = `${machine}-machine`; t; t = facts.types[t]?.parent) {
    if (t === 'generic-pc-machine') return 'pc';
    if (t === 'microvm-machine') return 'microvm';
  }
  return undefined;
}

/** The letters a PC's CMOS can boot from. */
const PC_DEVICES = new Set(['a', 'b', 'c', 'd', 'n']);

/** A string member of the `boot` struct. */
function member(boot: KeyvalNode, name: string): KeyvalString | undefined {
  const node = boot.kind === 'object' ? boot.members.get(name) : undefined;
  return node?.kind === 'string' ? node : undefined;
}

/** The integer value of member `name` (a valid int64, as the visitor has checked). */
function integer(boot: KeyvalNode, name: string):
    { node: KeyvalString; value: bigint } | undefined {
  const node = member(boot, name);
  if (node === undefined || !isInt64Text(node.value)) return undefined;
  const [, sign, digits] = /^\s*([+-]?)(\S+)$/.exec(node.value)!;
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits)
    : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`)
    : BigInt(digits);
  return { node, value: sign === '-' ? -magnitude : magnitude };
}

/** A PC's error for boot letters `letters`, if any. */
function pcLettersError(letters: string): string | undefined {
  if (letters.length > 3) return 'Too many boot devices for PC';
  const bad = [...letters].find((l) => !PC_DEVICES.has(l));
  return bad === undefined ? undefined : `Invalid boot device for PC: '${bad}'`;
}

/** The first board finding on the `boot` struct `boot` of machine type `machine`. */
export function boardBootFindings(boot: KeyvalNode | undefined, machine: string | undefined,
  facts: BuildFacts): MemberFinding[] {
  const kind = machine === undefined ? undefined : boardKind(facts, machine);
  if (boot === undefined || kind === undefined) return [];
  const finding = (message: string, node: KeyvalString): MemberFinding[] =>
    [{ code: 'board-boot', message, span: node.valueSpan, node }];
  const splash = integer(boot, 'splash-time');
  if (splash && (splash.value < 0n || splash.value > 0xffffn)) {
    return finding('splash-time is invalid,it should be a value between 0 and 65535',
      splash.node);
  }
  const reboot = integer(boot, 'reboot-timeout');
  if (reboot && reboot.value !== -1n && (reboot.value < 0n || reboot.value > 0xffffn)) {
    return finding('reboot timeout is invalid,it should be a value between -1 and 65535',
      reboot.node);
  }
  if (kind !== 'pc') return [];
  for (const name of ['order', 'once']) {
    const node = member(boot, name);
    const message = node && pcLettersError(node.value);
    if (node && message) return finding(message, node);
  }
  return [];
}
