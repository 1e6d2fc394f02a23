import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { allSkillStates, assessmentsOf } from '../../src/data/skills';
import { pickLanguage } from '../../src/i18n/index';
import {
  customRoles,
  customSkills,
  invalidateCatalogState,
  loadCatalogState,
  skillStates,
} from '../../src/state/catalog';
import { changeSettings, initSettings } from '../../src/state/settings';
import { assessments, invalidateAssessments } from '../../src/state/skills';
import { LevelPicker } from '../../src/ui/components/level-picker';
import { RoleList } from '../../src/ui/screens/roles/role-list';
import { SkillScreen } from '../../src/ui/screens/roles/skill-screen';

// Module state outlives a test: start every test from the fresh, empty database.
beforeEach(() => {
  invalidateCatalogState();
  invalidateAssessments();
  skillStates.value = new Map();
  customSkills.value = [];
  customRoles.value = [];
  assessments.value = [];
});

async function followCmAndSmm() {
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['cm', 'smm'], onboarded: true });
  await loadCatalogState();
}

function readiness(roleId: string): string {
  const card = screen.getByTestId(`role-card-${roleId}`);
  return card.querySelector('[role=progressbar]')?.getAttribute('aria-valuetext') ?? '';
}

describe('level picker', () => {
  it('offers 0-4 and “not relevant”, each with its descriptor, and reports the choice', () => {
    let picked: unknown = null;
    render(<LevelPicker legend="Your level" name="lv" value={1} onChange={(r) => (picked = r)} />);
    expect(screen.getAllByRole('radio')).toHaveLength(6);
    expect((screen.getByRole('radio', { name: /Aware/ }) as HTMLInputElement).checked).toBe(true);
    expect(
      screen.getByText(
        'Does it without help, on real work, at least 3 times in the last 12 months.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Not relevant to me/ }));
    expect(picked).toBe('na');
  });
});

describe('skill screen', () => {
  it('rating a shared skill once moves both followed roles', async () => {
    await followCmAndSmm();
    const list = render(
      <LocationProvider>
        <RoleList />
      </LocationProvider>,
    );
    // Nothing rated yet: a dash and what to do, not 0%.
    expect(readiness('cm')).toBe('–');
    expect(readiness('smm')).toBe('–');
    expect(screen.getByTestId('role-card-cm').textContent).toContain('Nothing rated yet');
    list.unmount();

    render(
      <LocationProvider>
        <SkillScreen params={{ skillId: 'sh.voice' }} />
      </LocationProvider>,
    );
    fireEvent.click(screen.getByRole('radio', { name: /Confident/ }));
    await waitFor(async () => expect((await assessmentsOf('sh.voice')).length).toBe(1));
    await waitFor(() => expect(screen.getByTestId('history').textContent).toContain('Confident'));

    render(
      <LocationProvider>
        <RoleList />
      </LocationProvider>,
    );
    // Same one rating, two roles: CM (target 3, core) and SMM (target 4, core) both rise.
    expect(readiness('cm')).toMatch(/^[1-9]\d*%$/);
    expect(readiness('smm')).toMatch(/^[1-9]\d*%$/);
    const states = await allSkillStates();
    expect(states.map((s) => [s.id, s.rating])).toEqual([['sh.voice', 3]]);
  });

  it('ticks a checklist step and keeps it', async () => {
    await followCmAndSmm();
    render(
      <LocationProvider>
        <SkillScreen params={{ skillId: 'sh.voice' }} />
      </LocationProvider>,
    );
    const boxes = screen.getAllByRole('checkbox');
    fireEvent.click(boxes[0] as HTMLElement);
    await waitFor(async () => {
      const [state] = await allSkillStates();
      expect(state?.checked).toEqual(['sh.voice/1']);
    });
    expect(screen.getByText(/1 of \d+ done/)).toBeTruthy();
  });

  it('refuses a javascript: link as evidence and saves nothing', async () => {
    await followCmAndSmm();
    render(
      <LocationProvider>
        <SkillScreen params={{ skillId: 'sh.voice' }} />
      </LocationProvider>,
    );
    fireEvent.input(screen.getByLabelText('What shows it'), {
      target: { value: 'My tone of voice guide' },
    });
    fireEvent.input(screen.getByLabelText('Link (optional)'), {
      target: { value: 'javascript:alert(1)' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    await screen.findByText(/Only web links starting with https/);
    expect(await allSkillStates()).toEqual([]);

    fireEvent.input(screen.getByLabelText('Link (optional)'), {
      target: { value: 'https://example.com/guide' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    const link = await screen.findByRole('link', { name: 'https://example.com/guide' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
