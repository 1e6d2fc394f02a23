// Evidence ids: a backup with two pieces under one id is refused (deleting one would delete
// both); a device that already holds such a pair (restored by an older version) still backs up
// and snapshots into files that restore; deleting removes exactly the piece tapped, and undo
// brings back exactly it, where it was.
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/data/backup/export';
import { applyRestore, parseBackup, restoreSnapshot } from '../../src/data/backup/restore';
import { listSnapshots } from '../../src/data/backup/snapshots';
import {
  addEvidence,
  allSkillStates,
  removeEvidence,
  restoreEvidence,
} from '../../src/data/skills';
import type { Evidence, SkillState } from '../../src/domain/types';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';
import { seed } from './fixture-db';

const twin = (note: string): Evidence => ({ id: 'ev1', note, day: '2026-03-09' });

function withEvidence(evidence: Evidence[]) {
  const data = sampleData();
  const [first, ...rest] = data.skillStates;
  if (!first) throw new Error('sample');
  return { ...data, skillStates: [{ ...first, evidence }, ...rest] };
}

const stateOf = async (id: string): Promise<SkillState | undefined> =>
  (await allSkillStates()).find((s) => s.id === id);

describe('duplicate evidence ids', () => {
  it('a backup holding two under one id is refused, naming the skill', () => {
    const result = parseBackup(JSON.stringify(sampleDoc(withEvidence([twin('a'), twin('b')]))));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({
        code: 'invalid',
        detail: 'skillStates[0].evidence',
        problem: 'duplicate',
        record: { skillId: 'cm.moderation' },
      });
    }
  });

  it('the app never makes two: each new piece gets its own id', async () => {
    await addEvidence('cm.moderation', { note: 'one', day: '2026-11-30' });
    await addEvidence('cm.moderation', { note: 'one', day: '2026-11-30' });
    const ids = (await stateOf('cm.moderation'))?.evidence.map((e) => e.id) ?? [];
    expect(new Set(ids).size).toBe(2);
  });

  it('a device already holding a pair backs up, and its snapshot restores, losing nothing', async () => {
    await seed(withEvidence([twin('a'), twin('b')]));
    const { json, problem } = await exportBackup();
    expect(problem).toBeNull();
    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    const notes = parsed.ok ? parsed.doc.data.skillStates[0]?.evidence.map((e) => e.note) : [];
    expect(notes).toEqual(['a', 'b']);

    const replaced = await applyRestore(sampleDoc(), 'replace');
    expect(replaced.ok).toBe(true);
    const [snapshot] = await listSnapshots();
    const undone = await restoreSnapshot(snapshot?.id ?? '');
    expect(undone.ok).toBe(true);
    expect((await stateOf('cm.moderation'))?.evidence.map((e) => e.note)).toEqual(['a', 'b']);
  });

  it('deleting removes exactly the piece tapped; undo brings back exactly it, in place', async () => {
    const pieces = [twin('a'), { ...twin('b'), day: '2026-03-10' }, twin('c')];
    await seed(withEvidence(pieces));
    const removed = await removeEvidence('cm.moderation', pieces[1] as Evidence);
    expect(removed.index).toBe(1);
    expect(removed.state.evidence.map((e) => e.note)).toEqual(['a', 'c']);
    await restoreEvidence('cm.moderation', pieces[1] as Evidence, removed.index);
    expect((await stateOf('cm.moderation'))?.evidence).toEqual(pieces);
  });
});
