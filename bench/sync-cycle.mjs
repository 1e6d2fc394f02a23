// The day rounds of `npm run bench:sync` over a whole snapshot cycle: a listing shows every file
// of every device, and a device keeps up to 12 segments before it writes a snapshot and deletes
// its older files, so a round's listing (and its bytes) grows from one day to the next until
// the compaction. Twelve more days: every device compacts once, the listing reaches its longest.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './util.mjs';

const DAYS = 12;

/** The entries a listing of the sync folder shows now (its files, on the server's disk). */
const entriesIn = (dataDir) => readdirSync(join(dataDir, 'Self-Training Tracker')).length;

/**
 * Each day the laptop logs and syncs, then the phone (it gets the laptop's and sends its own);
 * the phone's rounds are measured. Three rows: the median of the rounds that did not compact,
 * the one with the longest listing, and the one that compacted.
 */
export async function snapshotCycle({ laptop, phone, round, dayLogs, today, dataDir }) {
  const rounds = [];
  for (let i = 0; i < DAYS; i++) {
    await laptop.run('day', dayLogs, today);
    await round(laptop, 'laptop gets and sends', 0);
    await phone.run('day', dayLogs, today);
    const entries = entriesIn(dataDir);
    const r = await round(phone, 'phone gets and sends', dayLogs);
    rounds.push({ ...r, entries, compacts: r.made.includes('DELETE') });
  }
  const plain = rounds.filter((r) => !r.compacts);
  const compacting = rounds.find((r) => r.compacts);
  const longest = plain.reduce((a, b) => (b.entries > a.entries ? b : a));
  const of = (key) => median(plain.map((r) => r[key]));
  const fewest = Math.min(...plain.map((r) => r.entries));
  const rows = [
    {
      what: `the same, median of ${plain.length} days of a snapshot cycle (${fewest}–${longest.entries} names listed)`,
      ms: of('ms'),
      requests: of('requests'),
      preflights: of('preflights'),
      kb: of('kb'),
      made: '(varies)',
    },
    { ...longest, what: `the same, the day with the longest listing (${longest.entries} names)` },
  ];
  if (compacting) {
    rows.push({
      ...compacting,
      what: 'the same, the day it compacts (once every 12 sends: snapshot, then deletes)',
    });
  }
  return rows;
}
