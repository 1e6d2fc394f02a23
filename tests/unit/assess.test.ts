import { describe, expect, it } from 'vitest';
import { assessmentQueue } from '../../src/domain/assess/queue';
import {
  answer,
  back,
  currentSkill,
  isOver,
  parseRun,
  ratedCount,
  startRun,
} from '../../src/domain/assess/run';
import { BUILTIN_CATALOG, roleById } from '../../src/domain/catalog/index';
import type { RoleDef } from '../../src/domain/types';

const role = (id: string) => roleById(BUILTIN_CATALOG, id) as RoleDef;
const cm = role('cm');
const smm = role('smm');
const coreIds = (r: RoleDef) => r.links.filter((l) => l.core).map((l) => l.skillId);

describe('guided self-assessment: which skills it asks', () => {
  it('asks the core skills of the chosen roles, a skill shared by two roles once', () => {
    const queue = assessmentQueue([cm, smm], { coreOnly: true });
    const ids = queue.map((q) => q.skillId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set([...coreIds(cm), ...coreIds(smm)]));
    // The catalog has core skills both roles link: each appears once, naming both roles.
    const shared = queue.filter((q) => q.roleIds.length === 2);
    expect(shared.length).toBeGreaterThan(0);
    for (const q of shared) expect(q.roleIds).toEqual(['cm', 'smm']);
    expect(ids.length).toBeLessThan(coreIds(cm).length + coreIds(smm).length);
  });

  it('marks the highest target of the roles that link the skill', () => {
    const queue = assessmentQueue([cm, smm], { coreOnly: true });
    for (const q of queue) {
      const targets = [cm, smm].flatMap((r) =>
        r.links.filter((l) => l.skillId === q.skillId).map((l) => l.target),
      );
      expect(q.target).toBe(Math.max(...targets));
    }
  });

  it('over one role asks every skill it counts, core and optional, in its areas’ order', () => {
    const queue = assessmentQueue([cm], { coreOnly: false });
    expect(queue.map((q) => q.skillId).sort()).toEqual(cm.links.map((l) => l.skillId).sort());
    const area = (id: string) =>
      cm.areas.findIndex((a) => a.id === cm.links.find((l) => l.skillId === id)?.areaId);
    const areas = queue.map((q) => area(q.skillId));
    expect(areas).toEqual([...areas].sort((a, b) => a - b));
  });

  it('leaves out retired skills and targets of 0', () => {
    const custom: RoleDef = {
      ...cm,
      links: cm.links.map((l, i) =>
        i === 0 ? { ...l, retired: true } : i === 1 ? { ...l, target: 0 } : l,
      ),
    };
    const ids = assessmentQueue([custom], { coreOnly: false }).map((q) => q.skillId);
    expect(ids).not.toContain(cm.links[0]?.skillId);
    expect(ids).not.toContain(cm.links[1]?.skillId);
  });
});

describe('guided self-assessment: a run', () => {
  const queue = assessmentQueue([cm], { coreOnly: true });
  const fresh = () => startRun('first', ['cm'], queue, '2026-12-01T10:00:00.000Z');

  it('moves one skill per answer, counts skipped ones apart, and ends after the last', () => {
    let run = fresh();
    expect(currentSkill(run)?.skillId).toBe(queue[0]?.skillId);
    run = answer(run, 2);
    run = answer(run, 'skip');
    run = answer(run, 'na');
    expect(run.index).toBe(3);
    expect(ratedCount(run)).toBe(2);
    while (!isOver(run)) run = answer(run, 1);
    expect(currentSkill(run)).toBeNull();
    expect(answer(run, 3)).toBe(run);
  });

  it('goes back to the previous skill with its answer kept', () => {
    const run = back(answer(fresh(), 3));
    expect(run.index).toBe(0);
    expect(run.answers[queue[0]?.skillId ?? '']).toBe(3);
    expect(back(run)).toBe(run);
  });

  it('reads back what it stored, and nothing else', () => {
    const run = answer(fresh(), 4);
    expect(parseRun(JSON.parse(JSON.stringify(run)))).toEqual(run);
    expect(parseRun(null)).toBeNull();
    expect(parseRun({ ...run, kind: 'other' })).toBeNull();
    expect(parseRun({ ...run, answers: { x: 7 } })).toBeNull();
    expect(parseRun({ ...run, queue: [{ skillId: 1 }] })).toBeNull();
    expect(parseRun({ ...run, index: 999 })?.index).toBe(queue.length);
  });
});
