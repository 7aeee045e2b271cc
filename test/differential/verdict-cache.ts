/**
 * A cache of QEMU's runs (exit status, stdout, stderr) keyed by the case's argv, one file per
 * QEMU build, so that a second run of the differential test does not start QEMU again for
 * cases it has seen. Raw runs are kept, so a change in how verdicts are read needs no rerun.
 * It lives in `.cache/differential/` (never committed); CI starts without it.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { QemuRun } from './qemu-verdict.js';

/** Bump when the stored format or the runner's base command line changes. */
const CACHE_FORMAT = 3;

/** Runs by argv, for one QEMU build. */
export class VerdictCache {
  private readonly runs = new Map<string, QemuRun>();
  private dirty = false;

  /** Opens (or starts) the cache file for the QEMU build named by `versionLine`. */
  constructor(
    private readonly file: string,
    private readonly versionLine: string,
  ) {
    if (!existsSync(file)) return;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      if (data.format !== CACHE_FORMAT || data.qemu !== versionLine) return;
      for (const [key, run] of Object.entries(data.runs)) {
        this.runs.set(key, run as QemuRun);
      }
    } catch {
      // A damaged cache is rebuilt from scratch.
    }
  }

  /** The cache file for a build under `root` (the repository). */
  static fileFor(root: string, versionLine: string): string {
    const slug = versionLine.replace(/[^A-Za-z0-9.]+/g, '-').slice(0, 80);
    return join(root, '.cache', 'differential', `${slug}.json`);
  }

  /** The cached run for `argv`, if any. */
  get(argv: readonly string[]): QemuRun | undefined {
    return this.runs.get(JSON.stringify(argv));
  }

  /** Records a run. */
  set(argv: readonly string[], run: QemuRun): void {
    this.runs.set(JSON.stringify(argv), run);
    this.dirty = true;
  }

  /** How many runs the cache holds. */
  get size(): number {
    return this.runs.size;
  }

  /** Writes the cache back if anything was added. */
  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const data = { format: CACHE_FORMAT, qemu: this.versionLine, runs: Object.fromEntries(this.runs) };
    writeFileSync(`${this.file}.tmp`, JSON.stringify(data));
    renameSync(`${this.file}.tmp`, this.file);
    this.dirty = false;
  }
}
