// What the review of the wording (Dec 2026) changed where a person reads it: counts that agree
// with their noun, and Italian that names the level rather than the person.
import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSkillPack } from '../../src/data/skill-pack';
import type { CustomRole, CustomSkill } from '../../src/domain/types';
import { pickLanguage } from '../../src/i18n/index';
import {
  customRoles,
  customSkills,
  invalidateCatalogState,
  loadCatalogState,
  skillStates,
} from '../../src/state/catalog';
import { importPackText } from '../../src/state/custom-content';
import { changeSettings, initSettings, setLanguage } from '../../src/state/settings';
import { invalidateAssessments, rate } from '../../src/state/skills';
import { toast } from '../../src/state/toast';
import { SkillScreen } from '../../src/ui/screens/roles/skill-screen';

beforeEach(() => {
  invalidateCatalogState();
  invalidateAssessments();
  skillStates.value = new Map();
  customSkills.value = [];
  customRoles.value = [];
  toast.value = null;
});

const at = '2026-12-01T10:00:00.000Z';
const skill = (id: string): CustomSkill => ({
  id,
  name: `Skill ${id}`,
  description: 'A skill of the team.',
  checklist: [],
  exampleGoals: [],
  custom: true,
  createdAt: at,
  updatedAt: at,
});
const role: CustomRole = {
  id: 'team-role',
  name: 'Team role',
  summary: 'The team’s own role.',
  areas: [{ id: 'main', name: 'Main' }],
  links: [{ skillId: 'team-a', areaId: 'main', core: true, target: 2 }],
  custom: true,
  createdAt: at,
  updatedAt: at,
};
const packText = JSON.stringify(buildSkillPack([role], [skill('team-a'), skill('team-b')]));

describe('importing a skill pack', () => {
  it('counts one role as one role, in English and Italian', async () => {
    await initSettings(['en'], pickLanguage);
    await loadCatalogState();
    expect(await importPackText(packText)).toBe(true);
    expect(toast.value?.message).toBe('Imported 1 role and 2 skills.');

    await setLanguage('it');
    expect(await importPackText(packText)).toBe(true);
    expect(toast.value?.message).toBe('Importazione completata: 1 ruolo e 2 competenze.');
  });
});

describe('the evidence invitation', () => {
  it('names the level chosen, not the person, in Italian', async () => {
    await initSettings(['it'], pickLanguage);
    await setLanguage('it');
    await changeSettings({ followedRoleIds: ['cm'], onboarded: true });
    await loadCatalogState();
    await rate('sh.voice', 3);
    render(
      <LocationProvider>
        <SkillScreen params={{ skillId: 'sh.voice' }} />
      </LocationProvider>,
    );
    expect(screen.getByText(/^Hai scelto «In autonomia» o un livello superiore/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/valutato|autonomo\b/i);
  });
});
