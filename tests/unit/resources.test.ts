import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../src/domain/catalog';
import {
  activityTypeForKind,
  BUILTIN_RESOURCES,
  builtinResourceById,
  resourcesForSkill,
} from '../../src/domain/catalog/resources';
import { isSafeId } from '../../src/domain/limits';
import { isWebLink } from '../../src/domain/links';
import { RESOURCE_KINDS } from '../../src/domain/types';

// Where to learn: every built-in skill a person can follow lists at least one resource. A skill
// added to the catalog without resources fails here by name, so none is missed.

const skills = BUILTIN_CATALOG.skills;
const current = skills.filter((s) => !s.retired);

describe('built-in learning resources', () => {
  it.each(current.map((s) => [s.id]))('%s lists at least one resource', (id) => {
    expect(resourcesForSkill(id).length).toBeGreaterThan(0);
  });

  it('has unique ids in the safe alphabet, namespaced res.', () => {
    const ids = BUILTIN_RESOURCES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) {
      expect(isSafeId(id), id).toBe(true);
      expect(id.startsWith('res.'), id).toBe(true);
    }
  });

  it('links only over https, as the app itself accepts links', () => {
    for (const r of BUILTIN_RESOURCES) {
      expect(isWebLink(r.link), r.id).toBe(true);
      expect(new URL(r.link).protocol, r.id).toBe('https:');
    }
  });

  it('serves only skills that exist, each at most once, and none that was retired', () => {
    const known = new Set(current.map((s) => s.id));
    for (const r of BUILTIN_RESOURCES) {
      expect(r.skillIds.length, r.id).toBeGreaterThan(0);
      expect(new Set(r.skillIds).size, r.id).toBe(r.skillIds.length);
      for (const id of r.skillIds) expect(known.has(id), `${r.id} → ${id}`).toBe(true);
    }
  });

  it('always has a name and a publisher to show when the link is dead or offline', () => {
    for (const r of BUILTIN_RESOURCES) {
      expect(r.name.trim(), r.id).not.toBe('');
      expect(r.publisher.trim(), r.id).not.toBe('');
      expect(RESOURCE_KINDS, r.id).toContain(r.kind);
      expect(['en', 'it', 'other'], r.id).toContain(r.lang);
      expect(['free', 'paid'], r.id).toContain(r.cost);
    }
  });

  it('offers Italian resources to Italian users: at least a few in Italian', () => {
    expect(BUILTIN_RESOURCES.filter((r) => r.lang === 'it').length).toBeGreaterThanOrEqual(10);
  });

  it('finds a resource by id and a skill’s resources in catalog order', () => {
    expect(builtinResourceById('res.discord-moderator-academy')?.publisher).toBe('Discord');
    expect(builtinResourceById('res.nope')).toBeUndefined();
    const ids = resourcesForSkill('cm.moderation').map((r) => r.id);
    expect(ids).toContain('res.discord-moderator-academy');
    expect(ids).toEqual(BUILTIN_RESOURCES.filter((r) => ids.includes(r.id)).map((r) => r.id));
    expect(resourcesForSkill('no.such-skill')).toEqual([]);
  });

  it('starts a course as a course, reading matter as reading, a community as an event', () => {
    expect(activityTypeForKind('course')).toBe('course');
    expect(activityTypeForKind('guide')).toBe('reading');
    expect(activityTypeForKind('book')).toBe('reading');
    expect(activityTypeForKind('regulation')).toBe('reading');
    expect(activityTypeForKind('podcast')).toBe('reading');
    expect(activityTypeForKind('community')).toBe('event');
  });
});
