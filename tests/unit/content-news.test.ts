import { describe, expect, it } from 'vitest';
import { BUILTIN_ROLES } from '../../src/domain/catalog';
import { type ContentNews, newsSince } from '../../src/domain/catalog/news';
import type { RoleDef } from '../../src/domain/types';

const [cm, smm, strategist] = BUILTIN_ROLES as [RoleDef, RoleDef, RoleDef];

describe('news since the version a person last saw', () => {
  it('names what each followed built-in role gained and counts what changed, in role order', () => {
    const news = newsSince(1, 2, [strategist]);
    expect(news.roles).toEqual([
      {
        roleId: 'strategist',
        added: ['smm.paid', 'sh.genai'],
        updated: [
          'str.ecosystem',
          'str.portfolio',
          'sh.analytics',
          'str.governance',
          'sh.crisis',
          'sh.ethics',
          'sh.platforms',
        ],
      },
    ]);
    expect(news.levelLines).toBe(true);
  });

  it('is empty once seen, and for custom roles', () => {
    expect(newsSince(2, 2, [cm, smm]).roles).toEqual([]);
    const mine: RoleDef = { ...cm, id: 'mine', custom: true };
    expect(newsSince(1, 2, [mine]).roles).toEqual([]);
  });

  it('joins several unseen versions; a skill added then changed counts as added only', () => {
    const later: ContentNews[] = [
      {
        version: 2,
        added: { cm: ['sh.voice'] },
        changedSkills: [],
        retargeted: {},
        replacedSteps: {},
      },
      {
        version: 3,
        added: {},
        changedSkills: ['sh.voice', 'cm.feedback'],
        retargeted: {},
        replacedSteps: {},
      },
    ];
    expect(newsSince(1, 3, [cm], later).roles).toEqual([
      { roleId: 'cm', added: ['sh.voice'], updated: ['cm.feedback'] },
    ]);
    expect(newsSince(2, 3, [cm], later).roles).toEqual([
      { roleId: 'cm', added: [], updated: ['cm.feedback', 'sh.voice'] },
    ]);
    expect(newsSince(1, 3, [cm], later).levelLines).toBe(false);
  });
});
