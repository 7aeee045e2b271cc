import type { SpanDiagnostic } from '../../diagnostics/diagnostic.js';
import { lastValue, treeString, type OptionUse } from '../option-use.js';

/**
 * A `-device` placed on a bus that a later device provides. QEMU creates the QemuOpts
 * `-device` options first, in command-line order, then the JSON ones
 * (`qemu_create_cli_devices` in `vl.c`, 7.2 to 10.2), and looks a `bus=` path up among the
 * buses that exist at that moment (`qbus_find`): one not created yet stops QEMU with
 * `Bus 'NAME' not found`, after the driver checks and before the device's properties.
 *
 * A device's buses are named after its id: a PCI bridge or root port's bus is the id itself
 * (`pci.5`), any other device's buses `ID.N` (`virtio-serial0.0`, `usb.0`). Only such names
 * are judged: a bus of the machine or of a device without an id is never reported.
 *
 * @module
 */

/** A bus name as one element, `NAME` or `NAME.N`; paths with `/` are not judged. */
const BUS_NAME = /^[^/]+$/;

/** The `bus` and `id` a readable `-device` use gives, with the bus value's span. */
export function deviceBusAndId(use: OptionUse):
    { bus?: { value: string; span: SpanDiagnostic['span'] }; id?: string } {
  const json = use.text?.startsWith('{') === true;
  const bus = json ? treeString(use, 'bus') : lastValue(use, 'bus');
  const id = json ? treeString(use, 'id')?.value : use.parsed?.id?.value;
  return { ...(bus ? { bus } : {}), ...(id !== undefined ? { id } : {}) };
}

/** Whether bus `name` is one that the device with id `id` provides. */
function providedBy(name: string, id: string): boolean {
  return name === id || (name.startsWith(`${id}.`) && /^\d+$/.test(name.slice(id.length + 1)));
}

/**
 * The error for a device at position `index` of `inOrder` (QEMU's creation order) whose bus
 * is provided only by itself or a device created after it, or undefined.
 */
export function busNotYetCreated(inOrder: readonly OptionUse[], index: number):
    SpanDiagnostic | undefined {
  const { bus } = deviceBusAndId(inOrder[index]);
  if (bus === undefined || !BUS_NAME.test(bus.value)) return undefined;
  const provider = (use: OptionUse): boolean => {
    const id = deviceBusAndId(use).id;
    return id !== undefined && id !== '' && providedBy(bus.value, id);
  };
  if (inOrder.slice(0, index).some(provider)) return undefined;
  const later = inOrder.slice(index).find(provider);
  if (later === undefined) return undefined;
  const json = (u: OptionUse): boolean => u.text?.startsWith('{') === true;
  const hint = later === inOrder[index] ? 'a device cannot sit on a bus it provides itself'
    : json(later) && !json(inOrder[index])
      ? 'the device that provides it is a JSON -device, and QEMU creates every QemuOpts ' +
        '-device before the JSON ones: write this -device as JSON too'
      : 'the device that provides it comes later on the command line: move it before this one';
  return {
    code: 'unknown-reference', severity: 'error', span: bus.span,
    message: `Bus '${bus.value}' not found`,
    hint,
  };
}
