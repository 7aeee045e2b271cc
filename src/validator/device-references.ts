import { descendsFrom, propertiesOf, type BuildFacts } from '../catalog/build-facts.js';
import type { Span, SpanDiagnostic } from '../diagnostics/diagnostic.js';
import { setterOwner } from './qdev-setters.js';

/**
 * A `-device` property that names another option's id (a chardev, netdev, drive or tpmdev),
 * as its setter resolves it when QEMU creates the device: `Property 'T.p' can't find value
 * 'x'` when no option defines it, and for a netdev, `Property 'T.p' can't take value 'x',
 * it's in use` when a NIC already has it as its peer (an earlier device, or the `-nic` or
 * `-net` that defined it). And a virtio 9p device's `fsdev`, which QEMU looks up only when
 * it realizes the device.
 *
 * @module
 */

/**
 * How a reference resolves: `missing` (with an optional hint) when no option defines the id,
 * `found` (with the option that defines it) or `unknown` otherwise. `namespace` is the
 * property type: `chr`, `netdev`, `drive`, `tpmdev`.
 */
export type ReferenceResolver = (namespace: string, id: string) =>
  { kind: 'found'; option?: string } | { kind: 'unknown' } | { kind: 'missing'; hint?: string };

/** Property types whose string value names another option's id, resolved when set. */
export const REFERENCES = new Set(['chr', 'netdev', 'drive', 'tpmdev']);

/** Options whose netdev is born with a NIC as its peer. */
const PEERED = new Set(['nic', 'net']);

/** The references of the devices created so far. */
export interface ReferenceState {
  /** Resolves an id. */
  resolve: ReferenceResolver;
  /** Netdev ids that earlier devices took as their peer; each device adds its own. */
  netdevsInUse: Set<string>;
}

/**
 * QEMU's error for property `key` (of QOM type `qomType`) of a `type` device set to the id
 * `id`, at `span`; undefined when it resolves, and then a netdev is marked in use.
 */
export function referenceError(facts: BuildFacts, type: string, key: string, qomType: string,
  id: string, span: Span, state: ReferenceState): SpanDiagnostic | undefined {
  if (!REFERENCES.has(qomType) || id === '') return undefined;
  const resolution = state.resolve(qomType, id);
  const owner = setterOwner(facts, type, key);
  if (resolution.kind === 'missing') {
    return { code: 'unknown-reference', severity: 'error', span,
      message: `Property '${owner}.${key}' can't find value '${id}'`,
      ...(resolution.hint ? { hint: resolution.hint } : {}) };
  }
  if (qomType !== 'netdev' || resolution.kind !== 'found') return undefined;
  if (state.netdevsInUse.has(id) || PEERED.has(resolution.option ?? '')) {
    return { code: 'netdev-in-use', severity: 'error', span,
      message: `Property '${owner}.${key}' can't take value '${id}', it's in use`,
      hint: 'each -netdev connects to one NIC; define one per device' };
  }
  state.netdevsInUse.add(id);
  return undefined;
}

/** The fsdev a written property set names, with where it is. */
interface WrittenFsdev {
  id: string | undefined;
  span: Span;
}

/** Whether a `type` device is a virtio 9p device or a proxy of one. */
function isVirtio9p(facts: BuildFacts, type: string): boolean {
  return descendsFrom(facts, type, 'virtio-9p-device') ||
    propertiesOf(facts, type)?.get('virtio-backend') === 'child<virtio-9p-device>';
}

/**
 * QEMU's error when it realizes a virtio 9p device whose `fsdev` no `-fsdev` or `-virtfs`
 * defines (`v9fs_device_realize_common`, its first check): `9pfs device couldn't find fsdev
 * with the id = x` (`= NULL` without one). Undefined for other devices, or when it resolves.
 */
export function fsdevError(facts: BuildFacts, type: string, fsdev: WrittenFsdev,
  state: ReferenceState): SpanDiagnostic | undefined {
  if (!isVirtio9p(facts, type)) return undefined;
  const resolution = fsdev.id === undefined ? { kind: 'missing' as const }
    : state.resolve('fsdev', fsdev.id);
  if (resolution.kind !== 'missing') return undefined;
  return { code: 'unknown-reference', severity: 'error', span: fsdev.span,
    message: `9pfs device couldn't find fsdev with the id = ${fsdev.id ?? 'NULL'}`,
    hint: 'hint' in resolution && resolution.hint ? resolution.hint
      : 'define it with -fsdev DRIVER,id=ID,… (or use -virtfs)' };
}
