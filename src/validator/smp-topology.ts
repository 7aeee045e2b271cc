import type { BuildFacts, MachineFact } from '../catalog/build-facts.js';
import type { KeyvalNode, KeyvalObject } from '../model/keyval-tree.js';
import type { MemberFinding } from './qapi-members.js';
import { isInt64Text } from './qapi-scalar.js';

/**
 * The `-smp` topology as QEMU 7.2 computes it when it sets the machine's `smp` property
 * (`machine_parse_smp_config` in `hw/core/machine-smp.c`), for a machine type the build facts
 * know: dies or clusters the board has no level for, the missing counts filled in (cores
 * first, or sockets first on PC types of 6.1 and older), then a product that is not
 * `maxcpus`, `maxcpus` below `cpus`, and more CPUs than the board's `cpu-max`. The counts are
 * C `unsigned` (32 bits) taken from 64-bit integers, so `-1` is 4294967295. 10.x rewrote
 * this code (new levels, other messages) and is not checked here.
 *
 * @module
 */

/** The topology levels of 7.2, in the order `-smp` lists them. */
const LEVELS = ['cpus', 'sockets', 'dies', 'clusters', 'cores', 'threads', 'maxcpus'] as const;

/** A level's value as C reads it into an `unsigned`, 0 when not given. */
type Counts = Record<(typeof LEVELS)[number], number>;

/** What the board says about its topology (`mc->smp_props`, `mc->min_cpus`, `max_cpus`). */
interface Board {
  name: string;
  dies: boolean;
  preferSockets: boolean;
  cpuMax?: number;
}

const U32 = 0x1_0000_0000;

/** C `unsigned` multiplication. */
const mul = (...values: number[]): number =>
  values.reduce((a, b) => Number((BigInt(a) * BigInt(b)) % BigInt(U32)), 1);

/** The ancestry of QOM type `type` in `facts`, itself first. */
function ancestry(facts: BuildFacts, type: string): string[] {
  const chain = [type];
  for (let t = facts.types[type]?.parent; t !== undefined; t = facts.types[t]?.parent) {
    chain.push(t);
  }
  return chain;
}

/** The board facts of `machine`, or undefined when its type is not known well enough. */
function boardOf(facts: BuildFacts, machine: MachineFact): Board | undefined {
  const chain = ancestry(facts, `${machine.name}-machine`);
  if (chain[chain.length - 1] !== 'object') return undefined;
  const pc = chain.includes('generic-pc-machine');
  const version = /^pc-(?:i440fx|q35)-(\d+)\.(\d+)/.exec(machine.name);
  const old = version !== null && Number(version[1]) * 100 + Number(version[2]) <= 601;
  return { name: machine.name, dies: pc, preferSockets: pc && old, cpuMax: machine.cpuMax };
}

/** `%u`/`%d` of a C `unsigned`: `%d` shows values past 2^31 as negative. */
const signed = (n: number): number => (n >= 2 ** 31 ? n - U32 : n);

/** The value of a text `isInt64Text` accepts: C base 0 (`0x` hex, a leading `0` octal). */
function int64Of(text: string): bigint {
  const [, sign, digits] = /^\s*([+-]?)(\S+)$/.exec(text)!;
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits)
    : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`)
    : BigInt(digits);
  return sign === '-' ? -magnitude : magnitude;
}

/** The counts of the `smp` struct, or undefined when one is not a plain int64. */
function countsOf(smp: KeyvalObject): Counts | undefined {
  const counts = {} as Counts;
  for (const level of LEVELS) {
    const node = smp.members.get(level);
    if (node === undefined) { counts[level] = 0; continue; }
    if (node.kind !== 'string' || !isInt64Text(node.value)) return undefined;
    const value = int64Of(node.value);
    counts[level] = Number(((value % BigInt(U32)) + BigInt(U32)) % BigInt(U32));
  }
  return counts;
}

/** QEMU's error for the topology `given` on `board`, if any (undefined: fine or unknown). */
export function smpTopologyError(given: Counts, board: Board): string | undefined {
  let { cpus, sockets, dies, clusters, cores, threads, maxcpus } = given;
  if (!board.dies && dies > 1) return "dies not supported by this machine's CPU topology";
  if (clusters > 1) return "clusters not supported by this machine's CPU topology";
  dies = dies || 1;
  clusters = clusters || 1;
  // QEMU divides by the product of the levels given; a product of 0 would crash it.
  let crash = false;
  const divide = (a: number, ...levels: number[]): number => {
    const b = mul(...levels);
    crash ||= b === 0;
    return b === 0 ? 0 : Math.floor(a / b);
  };
  if (cpus === 0 && maxcpus === 0) {
    sockets ||= 1; cores ||= 1; threads ||= 1;
  } else {
    maxcpus ||= cpus;
    if (board.preferSockets ? sockets === 0 : cores !== 0 && sockets === 0) {
      cores ||= 1; threads ||= 1;
      sockets = divide(maxcpus, dies, clusters, cores, threads);
    } else if (cores === 0) {
      if (!board.preferSockets) sockets ||= 1;
      threads ||= 1;
      cores = divide(maxcpus, sockets, dies, clusters, threads);
    }
    if (threads === 0) threads = divide(maxcpus, sockets, dies, clusters, cores);
    if (crash) return undefined;
  }
  maxcpus ||= mul(sockets, dies, clusters, cores, threads);
  cpus ||= maxcpus;
  const hierarchy = `sockets (${sockets})${board.dies ? ` * dies (${dies})` : ''}` +
    ` * cores (${cores}) * threads (${threads})`;
  if (mul(sockets, dies, clusters, cores, threads) !== maxcpus) {
    return 'Invalid CPU topology: product of the hierarchy must match maxcpus: ' +
      `${hierarchy} != maxcpus (${maxcpus})`;
  }
  if (maxcpus < cpus) {
    return 'Invalid CPU topology: maxcpus must be equal to or greater than smp: ' +
      `${hierarchy} == maxcpus (${maxcpus}) < smp_cpus (${cpus})`;
  }
  if (cpus < 1) {
    return `Invalid SMP CPUs ${signed(cpus)}. The min CPUs supported by machine ` +
      `'${board.name}' is 1`;
  }
  if (board.cpuMax !== undefined && maxcpus > board.cpuMax) {
    return `Invalid SMP CPUs ${signed(maxcpus)}. The max CPUs supported by machine ` +
      `'${board.name}' is ${board.cpuMax}`;
  }
  return undefined;
}

/** The finding for the merged `smp` struct `smp` on the machine named `machine`. */
export function smpTopologyFindings(smp: KeyvalNode | undefined, machine: string | undefined,
  facts: BuildFacts): MemberFinding[] {
  if (smp?.kind !== 'object' || machine === undefined) return [];
  const fact = facts.machines.find((m) => m.name === machine);
  const board = fact && boardOf(facts, fact);
  const counts = countsOf(smp);
  if (board === undefined || counts === undefined) return [];
  const message = smpTopologyError(counts, board);
  if (message === undefined) return [];
  const node = [...smp.members.values()].pop()!;
  const span = node.kind === 'string' ? node.valueSpan : node.keySpan ?? { start: 0, end: 0 };
  return [{ code: 'smp-topology', message, span, node }];
}
