import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringDefines, stripComments } from './c-text.js';
import { readOptsLists, type RawDesc, type RawList } from './qemu-opts-lists.js';

/**
 * The QemuOpts lists the system emulator registers, read from one QEMU source tree: every
 * list that a non-tool file passes to `qemu_add_opts`, plus the drive lists passed to
 * `qemu_add_drive_opts`, folded into `drive` as QMP reports them (spec 7).
 *
 * @module
 */

/** Files of the tools (qemu-img, qemu-io, qemu-nbd, the storage daemon) and of stubs. */
const NOT_SYSTEM = /^(qemu-img|qemu-io|qemu-io-cmds|qemu-nbd)\.c$|^storage-daemon\/|stubs/;

/**
 * Build conditions that meson (not the C text) puts on a whole file. Only those whose
 * option exists regardless of them are listed; the rest follow from the option's DEF.
 */
const FILE_CONDITIONS: Record<string, string> = {
  'ui/vnc.c': 'CONFIG_VNC',
  'ui/spice-core.c': 'CONFIG_SPICE',
  'system/qemu-seccomp.c': 'CONFIG_SECCOMP',
  'softmmu/qemu-seccomp.c': 'CONFIG_SECCOMP',
  'block/iscsi-opts.c': 'CONFIG_LIBISCSI',
  'plugins/loader.c': 'CONFIG_PLUGIN',
};

/** Macros defined in headers that the fetched sources do not include (names are facts). */
const KNOWN_MACROS: Record<string, string> = {
  BDRV_OPT_CACHE_WB: 'cache.writeback',
  BDRV_OPT_CACHE_DIRECT: 'cache.direct',
  BDRV_OPT_CACHE_NO_FLUSH: 'cache.no-flush',
  BDRV_OPT_READ_ONLY: 'read-only',
  BDRV_OPT_AUTO_READ_ONLY: 'auto-read-only',
  BDRV_OPT_DISCARD: 'discard',
  BDRV_OPT_FORCE_SHARE: 'force-share',
  BDRV_OPT_ACTIVE: 'active',
};

const THROTTLE_KINDS = [
  'iops-total', 'iops-read', 'iops-write', 'bps-total', 'bps-read', 'bps-write',
];

/**
 * Descriptor macros defined in a header the fetched sources do not include
 * (`include/qemu/throttle-options.h`): names, order and types are facts, confirmed by the
 * QMP reports of 7.2 and 10.0 (test/catalog/qmp-cross-check.test.ts).
 */
const DESC_MACROS = new Map<string, RawDesc[]>([
  [
    'THROTTLE_OPTS',
    [
      ...['', '-max', '-max-length'].flatMap((suffix) =>
        THROTTLE_KINDS.map((k) => `throttling.${k}${suffix}`),
      ),
      'throttling.iops-size',
    ].map((name) => ({ name, type: 'number' as const, hasHelp: true })),
  ],
]);

/** Every `.c`/`.h` file below `dir`, skipping quilt's `.pc` copies, sorted. */
function sourceFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === '.pc') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path, root));
    else if (/\.[ch]$/.test(name)) out.push(relative(root, path));
  }
  return out;
}

/** The system emulator's lists of the tree at `srcDir`, by list name, in registration order. */
export function extractSystemLists(srcDir: string): Map<string, RawList> {
  const texts = new Map<string, string>();
  for (const file of sourceFiles(srcDir)) {
    texts.set(file, stripComments(readFileSync(join(srcDir, file), 'utf8')));
  }
  const defines = new Map(Object.entries(KNOWN_MACROS));
  for (const text of texts.values()) for (const [k, v] of stringDefines(text)) defines.set(k, v);

  const byVariable = new Map<string, RawList>();
  const registered: string[] = [];
  const driveParts: string[] = [];
  const failures = new Map<string, string>();
  for (const [file, text] of texts) {
    if (NOT_SYSTEM.test(file)) continue;
    if (file.endsWith('.c') && /QemuOptsList\s+\w+\s*=/.test(text)) {
      let lists: RawList[] = [];
      try {
        lists = readOptsLists(text, file, defines, DESC_MACROS);
      } catch (e) {
        failures.set(file, (e as Error).message); // fatal only if a registered list is here
      }
      for (const list of lists) {
        const fileCondition = FILE_CONDITIONS[file];
        if (fileCondition && !list.condition) list.condition = fileCondition;
        byVariable.set(list.variable, list);
      }
    }
    for (const m of text.matchAll(/\bqemu_add_(drive_)?opts\(&(\w+)\)/g)) {
      (m[1] ? driveParts : registered).push(m[2]);
    }
  }

  const out = new Map<string, RawList>();
  for (const variable of registered) {
    const list = byVariable.get(variable);
    if (!list) {
      const why = [...failures].map(([f, e]) => `${f}: ${e}`).join('; ');
      throw new Error(`registered list ${variable} could not be read (${why})`);
    }
    if (!out.has(list.name)) out.set(list.name, { ...list, descs: [...list.descs] });
  }
  const drive = out.get('drive');
  if (drive) {
    const seen = new Set(drive.descs.map((d) => d.name));
    for (const variable of driveParts) {
      for (const d of byVariable.get(variable)?.descs ?? ([] as RawDesc[])) {
        if (!seen.has(d.name)) drive.descs.push(d);
        seen.add(d.name);
      }
    }
  }
  return out;
}
