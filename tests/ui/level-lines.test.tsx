// Where a person rates a skill, each level says what it looks like in THAT skill when the skill
// has its own lines (SkillDef.levels), and the scale's general meaning when it has none.
import { render, screen, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveCustomRole, saveCustomSkill } from '../../src/data/custom-content';
import type { CustomRole, CustomSkill } from '../../src/domain/types';
import { pickLanguage } from '../../src/i18n/index';
import {
  assessmentRun,
  resetAssessmentForTests,
  startAssessment,
} from '../../src/state/assessment';
import {
  customRoles,
  customSkills,
  invalidateCatalogState,
  loadCatalogState,
  skillStates,
} from '../../src/state/catalog';
import { changeSettings, initSettings, setLanguage } from '../../src/state/settings';
import { invalidateAssessments } from '../../src/state/skills';
import { AssessStep } from '../../src/ui/screens/assess/step';
import { SkillScreen } from '../../src/ui/screens/roles/skill-screen';

beforeEach(() => {
  invalidateCatalogState();
  invalidateAssessments();
  resetAssessmentForTests();
  skillStates.value = new Map();
  customSkills.value = [];
  customRoles.value = [];
});

const at = '2026-12-01T10:00:00.000Z';
const LINES = {
  1: { en: 'Knows what a holding statement is.', it: 'Sa cos’è un holding statement.' },
  2: { en: 'Has drafted replies with the playbook open.', it: 'Ha scritto risposte col playbook.' },
  3: {
    en: 'Handled 3 real incidents alone this year.',
    it: 'Ha gestito senza aiuto 3 casi reali quest’anno.',
  },
  4: { en: 'Wrote the crisis playbook the team uses.', it: 'Ha scritto il playbook del team.' },
} as const;
const withLines: CustomSkill = {
  id: 'team-crisis',
  name: 'Crisis drills',
  description: 'Practising the crisis playbook.',
  checklist: [],
  exampleGoals: [],
  levels: LINES,
  custom: true,
  createdAt: at,
  updatedAt: at,
};
const withoutLines: CustomSkill = { ...withLines, id: 'team-plain', name: 'Plain skill' };
delete (withoutLines as { levels?: unknown }).levels;
const team: CustomRole = {
  id: 'team',
  name: 'Team role',
  summary: 'The team’s own role.',
  areas: [{ id: 'main', name: 'Main' }],
  links: [
    { skillId: 'team-crisis', areaId: 'main', core: true, target: 3 },
    { skillId: 'team-plain', areaId: 'main', core: true, target: 3 },
  ],
  custom: true,
  createdAt: at,
  updatedAt: at,
};

async function setUp(lang: 'en' | 'it') {
  await initSettings([lang], pickLanguage);
  await setLanguage(lang);
  await saveCustomSkill(withLines);
  await saveCustomSkill(withoutLines);
  await saveCustomRole(team);
  await changeSettings({ followedRoleIds: ['team'], onboarded: true });
  await loadCatalogState();
}

function showSkill(skillId: string) {
  return render(
    <LocationProvider>
      <SkillScreen params={{ skillId }} />
    </LocationProvider>,
  );
}

describe('the skill screen’s level picker', () => {
  it('describes levels 1-4 with the skill’s own lines, 0 and "not relevant" with the scale', async () => {
    await setUp('en');
    showSkill('team-crisis');
    const confident = screen.getByRole('radio', { name: /Confident/ });
    expect(confident.getAttribute('aria-describedby')).toBeTruthy();
    const described = document.getElementById(confident.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Handled 3 real incidents alone this year.');
    for (const line of Object.values(LINES)) expect(screen.getByText(line.en)).toBeTruthy();
    expect(screen.getByText('Not worked on yet.')).toBeTruthy();
    expect(screen.getByText('Left out of role readiness.')).toBeTruthy();
    expect(screen.queryByText(/at least 3 times in the last 12 months/)).toBeNull();
  });

  it('falls back to the scale’s meanings for a skill without lines', async () => {
    await setUp('en');
    showSkill('team-plain');
    expect(
      screen.getByText(
        'Does it without help, on real work, at least 3 times in the last 12 months.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(LINES[3].en)).toBeNull();
  });

  it('shows the lines in the language of the app', async () => {
    await setUp('it');
    showSkill('team-crisis');
    const group = screen.getByRole('group', { name: 'Il tuo livello' });
    expect(within(group).getByText(LINES[3].it)).toBeTruthy();
    expect(within(group).getByText('Ancora da affrontare.')).toBeTruthy();
  });
});

describe('a step of the guided self-assessment', () => {
  it('shows the skill’s own lines on its level buttons, the scale on a skill without', async () => {
    await setUp('en');
    expect(await startAssessment('team')).toBe(true);
    const run = assessmentRun.value;
    if (!run) throw new Error('no run');
    const first = run.queue[0]?.skillId;
    const view = render(
      <LocationProvider>
        <AssessStep run={run} />
      </LocationProvider>,
    );
    const mine = first === 'team-crisis';
    const confident = screen.getByRole('button', { name: /^Confident/ });
    expect(confident.textContent).toContain(
      mine ? LINES[3].en : 'at least 3 times in the last 12 months',
    );
    view.unmount();
    const other = { ...run, index: 1 };
    render(
      <LocationProvider>
        <AssessStep run={other} />
      </LocationProvider>,
    );
    expect(screen.getByRole('button', { name: /^Confident/ }).textContent).toContain(
      mine ? 'at least 3 times in the last 12 months' : LINES[3].en,
    );
  });
});
