// Bench-only page hook, built by bench/run.mjs into the served folder AFTER the app's build, so
// it never ships in dist/ nor in the service worker's precache. It runs the app's own backup code
// (the same modules the Settings screen lazy-loads) against the page's IndexedDB.
import { exportBackup } from '../src/data/backup/export';
import { applyRestore, parseBackup } from '../src/data/backup/restore';
import { CONTENT_VERSION } from '../src/domain/catalog/index';
import { makeDataset } from './dataset';

export interface BenchHook {
  /** Builds the dataset and returns its JSON (not timed: it stands for the user's file). */
  dataset(count: number, today: string, seed?: number): string;
  /** Validated import of a backup file: parse (schema) + apply in one transaction; ms. */
  importJson(json: string): Promise<{ ms: number; parseMs: number; activities: number }>;
  /** Backup export: read every store, serialise, self-check with the parser; ms and bytes. */
  exportJson(): Promise<{ ms: number; bytes: number }>;
}

const hook: BenchHook = {
  dataset(count, today, seed) {
    const json = JSON.stringify(makeDataset(count, today, seed));
    const parsed = parseBackup(json, { maxBytes: Number.POSITIVE_INFINITY });
    if (!parsed.ok) throw new Error(`dataset rejected: ${JSON.stringify(parsed.error)}`);
    return json;
  },
  async importJson(json) {
    const t0 = performance.now();
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(`import rejected: ${JSON.stringify(parsed.error)}`);
    const parseMs = performance.now() - t0;
    const result = await applyRestore(parsed.doc, 'replace', { contentVersion: CONTENT_VERSION });
    if (!result.ok) throw new Error(`restore refused: ${JSON.stringify(result.error)}`);
    const ms = performance.now() - t0;
    const a = result.counts.activities;
    return { ms, parseMs, activities: a.new + a.changed + a.identical };
  },
  async exportJson() {
    const t0 = performance.now();
    const out = await exportBackup({ contentVersion: CONTENT_VERSION });
    const ms = performance.now() - t0;
    if (out.problem) throw new Error(`export problem: ${JSON.stringify(out.problem)}`);
    return { ms, bytes: out.json.length };
  },
};

(globalThis as unknown as { __sttBench: BenchHook }).__sttBench = hook;
