import { sameBytes } from './bytes';
import type { RoundDeps } from './engine';
import { SyncStoppedError } from './engine';
import { openBody, type SyncFileBody } from './files';
import { flatPath, NO_FILES, readRoot } from './layout';
import type { Change } from './ports';

// Writing this device's own files: never over another file, read back, and the compaction that
// deletes only this device's own older files after a verified snapshot (never a file of the
// layout before, nor anything of another device).

const CREATE_ATTEMPTS = 5;

/**
 * Writes the next own file, never over another: a number already taken is read again. Ours and
 * readable (a write whose answer was lost): take the next number. Ours and damaged (a write cut
 * short): remove it and write it again. Nothing there although the server said so: try again,
 * a few times, then stop (a storm of 412 is not an error loop).
 */
export async function createNext(
  deps: RoundDeps,
  me: string,
  from: number,
  changes: readonly Change[],
  snapshot: boolean,
  tried: { mayExistUpTo: number; attempt(seq: number): Promise<void> },
): Promise<number> {
  let seq = from;
  for (let attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
    const path = flatPath(me)(seq, snapshot);
    // A number sent before without an answer: look before writing (see SyncProgress.attempted).
    const lookFirst = seq <= tried.mayExistUpTo;
    await tried.attempt(seq);
    const outcome = lookFirst ? 'exists' : await createFile(deps, me, seq, changes, snapshot);
    if (outcome === 'created') return seq;
    const there = await deps.remote.get(path);
    if (!there) {
      if (lookFirst && (await createFile(deps, me, seq, changes, snapshot)) === 'created') {
        return seq;
      }
      continue;
    }
    const readable = await openBody(deps.crypto, deps.key, path, there.bytes, {
      device: me,
      seq,
      snapshot,
    });
    if (readable) seq++;
    else await deps.remote.remove(path);
  }
  throw new SyncStoppedError('refused');
}

async function createFile(
  deps: RoundDeps,
  me: string,
  seq: number,
  changes: readonly Change[],
  snapshot: boolean,
): Promise<'created' | 'exists'> {
  const path = flatPath(me)(seq, snapshot);
  const body: SyncFileBody = { v: 1, device: me, seq, snapshot, name: deps.deviceName, changes };
  const bytes = await deps.crypto.sealFile(deps.key, path, body);
  try {
    return await deps.remote.create(path, bytes);
  } catch (error) {
    const kind = (error as { kind?: unknown }).kind;
    // A server that ignores If-None-Match overwrote a file of ours it should have refused
    // (none can be there, see createNext): what it holds now is this very write.
    if (kind === 'preconditions') {
      const there = await deps.remote.get(path);
      if (there && sameBytes(there.bytes, bytes)) return 'created';
    }
    // The read-back did not match (a cut body): take the damaged file away before anyone
    // reads it; if even that fails, the next round finds it and replaces it.
    if (kind === 'verify') await deps.remote.remove(path).catch(() => {});
    throw error;
  }
}

/**
 * A snapshot of this device's whole state as of its segment `seq`, verified, then this
 * device's own older segments and snapshots go. Nothing of any other device is touched.
 * Segment `seq` itself stays (until the next compaction): it was written this very round, so
 * no other device has read it yet, and with it a device that had read everything before goes
 * on with that small segment instead of downloading the whole snapshot.
 */
export async function compact(deps: RoundDeps, me: string, seq: number): Promise<void> {
  const state = await deps.changes.fullState();
  await createSnapshot(deps, me, seq, state);
  const mine = readRoot(await deps.remote.list('')).devices.get(me) ?? NO_FILES;
  if (!mine.snapshots.includes(seq)) return; // not listed yet: delete nothing
  const pathOf = flatPath(me);
  for (const s of mine.segments.filter((n) => n < seq)) await deps.remote.remove(pathOf(s, false));
  for (const s of mine.snapshots.filter((n) => n < seq)) await deps.remote.remove(pathOf(s, true));
}

async function createSnapshot(
  deps: RoundDeps,
  me: string,
  seq: number,
  state: readonly Change[],
): Promise<void> {
  for (let attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
    if ((await createFile(deps, me, seq, state, true)) === 'created') return;
    const path = flatPath(me)(seq, true);
    const there = await deps.remote.get(path);
    if (!there) continue;
    const expected = { device: me, seq, snapshot: true };
    if (await openBody(deps.crypto, deps.key, path, there.bytes, expected)) return;
    await deps.remote.remove(path);
  }
  throw new SyncStoppedError('refused');
}
