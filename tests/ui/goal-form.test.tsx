import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { allGoals } from '../../src/data/goals';
import { suggestNextSkill } from '../../src/domain/progress/index';
import { pickLanguage } from '../../src/i18n/index';
import {
  followedRoles,
  invalidateCatalogState,
  loadCatalogState,
  ratings,
} from '../../src/state/catalog';
import { invalidateGoals } from '../../src/state/goals';
import { changeSettings, initSettings } from '../../src/state/settings';
import { GoalsScreen } from '../../src/ui/screens/goals/index';

function openAt(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <Router>
        <Route path="/goals" component={GoalsScreen} />
        <Route path="/goals/*" component={GoalsScreen} />
      </Router>
    </LocationProvider>,
  );
}

beforeEach(async () => {
  invalidateCatalogState();
  invalidateGoals();
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['cm'], onboarded: true });
  await loadCatalogState();
});

describe('Goal form', () => {
  it('"Reach a level" opens on the suggested skill, by name, and the level its role asks for', async () => {
    const gap = suggestNextSkill(followedRoles.value, ratings.value);
    expect(gap).not.toBeNull();
    openAt('/goals/new');
    fireEvent.click(await screen.findByLabelText('Reach a level'));
    const chosen = await screen.findByText('Chosen:');
    expect(chosen.textContent).toMatch(/^Chosen: \S/);
    expect(screen.getByText(/^Suggested:/)).toBeTruthy();
    expect((screen.getByLabelText('Level to reach') as HTMLSelectElement).value).toBe(
      String(gap?.target),
    );
    // No empty skill and no ": level 3" placeholder.
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).placeholder).toMatch(
      /^\S.*: level \d$/,
    );
  });

  it('"Reach a level" from a skill (?kind=level&skill=) starts on that skill', async () => {
    openAt('/goals/new?kind=level&skill=cm.onboarding');
    expect((await screen.findByText('Chosen:')).textContent).toBe('Chosen: Onboarding');
    expect(screen.queryByText(/^Suggested:/)).toBeNull();
    fireEvent.input(screen.getByLabelText('By'), { target: { value: '2027-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    await waitFor(async () => expect(await allGoals()).toHaveLength(1));
    expect((await allGoals())[0]).toMatchObject({ kind: 'level', skillId: 'cm.onboarding' });
  });

  it('a deliverable asks first what it is, and is not saved without it', async () => {
    openAt('/goals/new');
    fireEvent.click(await screen.findByLabelText('Deliver something'));
    const fields = [...document.querySelectorAll('form input:not([type=radio])')];
    expect(fields[0]).toBe(screen.getByLabelText('What will you deliver?'));
    fireEvent.input(screen.getByLabelText('By'), { target: { value: '2027-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Say what you will deliver.')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('What will you deliver?')),
    );
    expect(await allGoals()).toEqual([]);
    fireEvent.input(screen.getByLabelText('What will you deliver?'), {
      target: { value: 'Editorial calendar for March' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    await waitFor(async () => expect(await allGoals()).toHaveLength(1));
    expect((await allGoals())[0]?.title).toBe('Editorial calendar for March');
  });

  it('the period target reads as a sentence, its unit agreeing with the number', async () => {
    openAt('/goals/new');
    const sentence = await screen.findByRole('group', { name: 'Target' });
    // What is seen, in order: [2] [sessions] every [week] (each control has its own hidden label).
    const seen = [...sentence.querySelectorAll('input, select, span')].map((el) =>
      el instanceof HTMLSelectElement
        ? `[${el.selectedOptions[0]?.textContent}]`
        : el instanceof HTMLInputElement
          ? `[${el.value}]`
          : el.textContent,
    );
    expect(seen.join(' ')).toBe('[2] [sessions] every [week]');
    const measure = within(sentence).getByLabelText('Sessions or minutes') as HTMLSelectElement;
    expect(measure.selectedOptions[0]?.textContent).toBe('sessions');
    fireEvent.input(within(sentence).getByLabelText('Number'), { target: { value: '1' } });
    expect(measure.selectedOptions[0]?.textContent).toBe('session');
  });

  it('offers the followed roles to limit to, and the others on request', async () => {
    openAt('/goals/new');
    const roles = await screen.findByRole('group', { name: 'Only activities for these roles' });
    expect(
      within(roles)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent),
    ).toEqual(['Community Manager']);
    fireEvent.click(within(roles).getByRole('button', { name: 'Show the other roles' }));
    expect(within(roles).getAllByRole('checkbox')).toHaveLength(3);
    expect(document.activeElement).toBe(within(roles).getByLabelText('Social Media Manager'));
  });
});
