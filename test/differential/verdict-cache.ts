/**
 * A cache of QEMU's verdicts keyed by the case's argv, one file per QEMU build, so that a
 * second run of the differential test does not start QEMU again for cases it has seen.
 * It lives in `.cache/differential/` (never committed); CI starts without it.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { QemuVerdict } from './qemu-verdict.js';

/** Bump when the verdict format or the runner's base command line changes. */
const CACHE_FORMAT = 2;

/** Verdicts by argv, for one QEMU build. */
export class VerdictCache {
  private readonly verdicts = new Map<string, QemuVerdict>();
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
      for (const [key, verdict] of Object.entries(data.verdicts)) {
        this.verdicts.set(key, verdict as QemuVerdict);
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

  /** The cached verdict for `argv`, if any. */
  get(argv: readonly string[]): QemuVerdict | undefined {
    return this.verdicts.get(JSON.stringify(argv));
  }

  /** Records a verdict. */
  set(argv: readonly string[], verdict: QemuVerdict): void {
    this.verdicts.set(JSON.stringify(argv), verdict);
    this.dirty = true;
  }

  /** How many verdicts the cache holds. */
  get size(): number {
    return this.verdicts.size;
  }

  /** Writes the cache back if anything was added. */
  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const data = { format: CACHE_FORMAT, qemu: this.versionLine, verdicts: Object.fromEntries(this.verdicts) };
    writeFileSync(`${this.file}.tmp`, JSON.stringify(data));
    renameSync(`${this.file}.tmp`, this.file);
    this.dirty = false;
  }
}
