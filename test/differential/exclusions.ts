/**
 * The QEMU errors the differential test does not expect qemu-opts to predict, each with the
 * reason. `runtime` entries are decided by QEMU only when it creates the machine, devices or
 * backends, or by the state of the host (open descriptors, users, files), so no reading of
 * the command line can know them; under `-machine none` some fire where a real machine would
 * not. `not-yet` entries are checks qemu-opts could make and does not yet: known gaps, listed
 * here so that they stay visible, each to be removed when the check lands (none is left).
 *
 * An exclusion explains a disagreement only when qemu-opts reports no error that QEMU would
 * have met first: for a `parse` entry (QEMU reports it while reading that option) nothing
 * up to that option; for a `late` one (after every option was read) no parse-time error at
 * all.
 *
 * @module
 */
import type { QemuReport } from './qemu-verdict.js';

/** One explained kind of disagreement. */
export interface Exclusion {
  /** Short name, used in the test's tally. */
  id: string;
  /** QEMU's message. */
  message: RegExp;
  /** Why qemu-opts does not (or does not yet) report it. */
  reason: string;
  /** `runtime`: only QEMU can know; `not-yet`: a check we owe (issue 4). */
  kind: 'runtime' | 'not-yet';
  /** When QEMU makes the check: while reading the option, or after reading all of them. */
  when: 'parse' | 'late';
  /** When set, only errors located at these options (or at none) are explained. */
  options?: string[];
  /** When true, only errors located at one of `options` (not at none) are explained. */
  located?: boolean;
}

/** The exclusion table. */
export const EXCLUSIONS: Exclusion[] = [
  {
    id: 'fw_cfg-board-names', options: ['-fw_cfg'],
    message: /^duplicate fw_cfg file name: (?!opt\/).*$/, kind: 'runtime', when: 'late',
    reason: 'qemu-opts follows item names under opt/ only: the board adds its own items ' +
      'elsewhere (etc/…), which only the board code knows',
  },
  {
    id: 'fd-state', message: /^fd is not valid or already in use$/, kind: 'runtime', when: 'late',
    reason: 'depends on which descriptors the QEMU process has open',
  },
  {
    id: 'user-database', message: /^User ".*" doesn't exist \(and is not <uid>:<gid>\)$/,
    kind: 'runtime', when: 'parse', reason: 'depends on the host user database',
  },
  {
    id: 'accelerator-init', message: /^failed to initialize \w+: .*$/, kind: 'runtime', when: 'late',
    reason: 'depends on the host (for kvm: whether /dev/kvm is there and usable)',
  },
  {
    id: 'file-state', message: /^Could not open '.*': /, kind: 'runtime', when: 'late',
    reason: 'depends on files on the host',
  },
  {
    id: 'machine-properties',
    message: /^(The -kernel parameter is not supported .*|no function defined to set boot device list for this architecture)$/,
    kind: 'runtime', when: 'late',
    reason: 'decided by the board code when the machine is created (here -machine none: no ' +
      'kernel loader, no boot device handler)',
  },
  {
    id: 'blockdev-open', options: ['-blockdev'],
    message: /^(Image is not in qcow2 format|'node-name' must be specified for the root node|Specified size is not multiple of 512|setting detect-zeroes to unmap is not allowed without setting discard operation to unmap|Parameter '(offset|size)' expects a non-negative number below 2\^64|The sum of offset \(\d+\) and size \(\d+\) has to be smaller or equal to the {1,2}actual size of the containing file \(\d+\))$/,
    kind: 'runtime', when: 'late',
    reason: 'decided when QEMU opens the block nodes after reading every option: the root ' +
      'node needs a name, drivers probe the image and re-read their options as QemuOpts',
  },
  {
    id: 'object-properties', options: ['-object'],
    message: /^(Property '.*' is not writable|[\w-]+ value must be in range \[.*\]|Property values cannot be negative|host-nodes must be .*|Either 'file' or 'data' must be provided|No secret with id '.*'|property '.*' of [\w-]+ doesn't take value '.*'|alignment 0x[0-9a-f]+ must be multiples of page size 0x[0-9a-f]+)$/,
    kind: 'runtime', when: 'late',
    reason: 'decided when QEMU creates the object and sets its properties, after reading ' +
      'every option (property setters, the type\'s completion)',
  },
  {
    id: 'netdev-init', options: ['-netdev'],
    message: /^(netdev '.*' not found|Failed to parse netmask|Invalid IPv6 prefix provided .*)$/,
    kind: 'runtime', when: 'late',
    reason: 'decided when QEMU creates the network backends after reading every option (the ' +
      'IP versions and forwarding rules of a user backend are predicted: slirp-user.ts)',
  },
];

EXCLUSIONS.push(
  {
    id: 'drive-probed-format', options: ['-drive'],
    message: new RegExp("^Block format '[^']*' does not support the option " +
      "'(offset|size|lazy-refcounts|l2-cache-size|overlap-check)'$"),
    kind: 'runtime', when: 'late',
    reason: 'without format= QEMU probes the image: a key that one format takes and another ' +
      'does not is an error or not by what the image holds',
  },
  {
    id: 'drive-read-only-node', options: ['-drive'], message: /^Block node is read-only$/,
    kind: 'runtime', when: 'late',
    reason: 'a probed format on a read-only file node: qcow2 writes to its image when it ' +
      'opens it, raw does not, so the outcome depends on what the image holds',
  },
  {
    id: 'drive-backing', options: ['-drive'],
    message: /^(Driver doesn't support backing files|Could not open backing file: .*)$/,
    kind: 'runtime', when: 'late',
    reason: 'backing keys: without format= whether the probed format has backing files ' +
      'depends on the image; with one, QEMU opens the backing file on the host',
  },
);

/**
 * What QEMU says about a -device while reading the option (JSON syntax, the id) or, from the
 * build facts, when it creates the device; every other -device error comes from the machine
 * (its buses) or from realizing the device.
 */
const PREDICTED_DEVICE_ERROR = new RegExp('^(' + [
  'JSON parse error, .*', 'Expecting .*', "Duplicate ID '.*' for device",
  "Duplicate device ID '.*'",
  "Parameter 'id' expects an identifier",
  "'.*' (\\(alias '.*'\\) )?is not a valid device model name",
  "Parameter 'driver' (is missing|expects a (non-abstract|pluggable) device type)",
  "Property '.*' (not found|can't find value '.*'|is not writable|doesn't take value '.*')",
  "Property \\.[\\w-]+ doesn't take value -?\\d+ \\(minimum: -?\\d+, maximum: -?\\d+\\)",
  "Parameter '.*' (expects .*|does not accept value '.*')",
  "Invalid parameter type for '.*', expected: .*",
  "can't apply global .*",
  "No '.*' bus found for device '.*'",
  "Parameter 'driver' expects a dynamic sysbus device type for the machine",
].join('|') + ')$');

EXCLUSIONS.push(
  {
    id: 'cpu-creation',
    message: /^(apic-id property was not initialized properly|CPU model '.*' requires KVM or HVF)$/,
    kind: 'runtime', when: 'late',
    reason: '-machine none creates a CPU without the board code that gives it an APIC id; ' +
      "'host' needs an accelerator of the host",
  },
  {
    id: 'device-bus',
    message: new RegExp("^(No '.*' bus found for device '.*'|" +
      "Parameter 'driver' expects a dynamic sysbus device type for the machine)$"),
    kind: 'runtime', when: 'late', options: ['-device'], located: true,
    reason: "decided by the machine's buses and the sysbus devices it allows (-machine none: none)",
  },
  {
    id: 'device-realize',
    message: { test: (m: string) => !PREDICTED_DEVICE_ERROR.test(m) } as RegExp,
    kind: 'runtime', when: 'late', options: ['-device'], located: true,
    reason: 'checked by the device when it is realized (a memory backend, fw_cfg, another ' +
      'device it needs)',
  },
);

/** The exclusion that explains QEMU's error `report`, if any. */
export function exclusionFor(report: QemuReport): Exclusion | undefined {
  const option = report.location?.split(' ')[0];
  return EXCLUSIONS.find((e) =>
    e.message.test(report.message) &&
    (e.options === undefined || (option === undefined ? !e.located : e.options.includes(option))));
}
