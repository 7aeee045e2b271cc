/**
 * What QEMU does with `-OPTION help` for the options that do not answer it with their
 * parameter listing: they read `help` as the value of the implied first key (spec 1.4,
 * 1.6: only a flag is a help request). Facts from QEMU 7.2's binary (`-machine pc`).
 *
 * LIMITATION(#3): checked against QEMU 7.2 only; a later release that changed one of these
 * answers is described as 7.2 behaves.
 *
 * @module
 */

/** QEMU's answer to `-OPTION help`, and how to get the listing instead. */
export interface HelpRequestFact {
  /** What QEMU does, as a phrase following "QEMU …". */
  instead: string;
  /** An argument that makes QEMU print the parameter listing, when one does. */
  listing?: string;
}

/** An error QEMU prints for `help` taken as the value of `key`. */
const fails = (key: string, message: string) =>
  `reads 'help' as the value of '${key}' and fails with "${message}"`;

/** An option whose first value `help` is accepted: QEMU prints nothing and runs on. */
const runs = (key: string) => `reads 'help' as the value of '${key}', prints nothing and runs`;

/** The options whose `-OPTION help` is not a request for their parameter listing. */
export const HELP_REQUEST_FACTS: Readonly<Record<string, HelpRequestFact>> = {
  m: {
    instead: fails('size', "Parameter 'size' expects a non-negative number below 2^64"),
    listing: '1,help',
  },
  name: { instead: runs('guest'), listing: 'foo,help' },
  fsdev: { instead: fails('fsdriver', 'fsdev: No id specified'), listing: 'local,help' },
  virtfs: {
    instead: fails('fsdriver', 'Usage: -virtfs fsdriver,mount_tag=tag'),
    listing: 'local,help',
  },
  chardev: { instead: 'lists the chardev backend types', listing: 'null,help' },
  fw_cfg: {
    instead: "reads 'help' as the value of 'name' and fails (the message depends on the machine)",
    listing: 'foo,help',
  },
  mon: { instead: fails('chardev', 'chardev "help" not found'), listing: 'foo,help' },
  'option-rom': {
    instead: "reads 'help' as the value of 'romfile' (a ROM file named help)",
    listing: 'foo,help',
  },
  icount: { instead: fails('shift', 'icount: Invalid shift value'), listing: '1,help' },
  sandbox: {
    instead: fails('enable', "Parameter 'enable' expects 'on' or 'off'"),
    listing: 'on,help',
  },
  trace: { instead: 'lists the trace events', listing: 'foo,help' },
  numa: { instead: fails('type', "Parameter 'type' does not accept value 'help'") },
  drive: { instead: 'fails with "Must specify either driver or file"' },
};

/**
 * The note for `-NAME help`, or undefined when QEMU answers it with the listing.
 * `hasListing`: whether our output below is the parameter listing (else the -help entry).
 */
export function helpRequestNote(name: string, hasListing: boolean): string | undefined {
  if (!Object.hasOwn(HELP_REQUEST_FACTS, name)) return undefined;
  const fact = HELP_REQUEST_FACTS[name];
  const head = `note: '-${name} help' does not list parameters in QEMU: it ${fact.instead}`;
  if (fact.listing === undefined) {
    return `${head}; QEMU has no parameter listing for -${name} (below: its -help entry)`;
  }
  const where = hasListing ? 'the listing below' : 'its parameter listing (below: its -help entry)';
  return `${head}; '-${name} ${fact.listing}' prints ${where}`;
}
