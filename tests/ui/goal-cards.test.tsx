import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { logActivity } from '../../src/data/activities';
import { allGoals, saveGoal } from '../../src/data/goals';
import { rateSkill } from '../../src/data/skills';
import { addDays, todayKey } from '../../src/domain/days';
import { invalidateCatalogState } from '../../src/state/catalog';
import { invalidateGoals } from '../../src/state/goals';
import { toast } from '../../src/state/toast';
import { GoalsScreen } from '../../src/ui/screens/goals/index';

const today = todayKey(new Date());
const base = { start: addDays(today, -30), pauses: [], archived: false } as const;

function openGoals() {
  window.history.replaceState(null, '', '/goals');
  return render(
    <LocationProvider>
      <Router>
        <Route path="/goals" component={GoalsScreen} />
        <Route path="/goals/*" component={GoalsScreen} />
      </Router>
    </LocationProvider>,
  );
}

// happy-dom reads "Edit<span>: x</span>" as "Edit : x"; Chromium as "Edit: x".
/** The actions a card shows without opening "More". */
const visibleActions = (el: HTMLElement) =>
  [...el.querySelectorAll<HTMLElement>('.goal-card__actions > a, .goal-card__actions > button')]
    .concat([...el.querySelectorAll<HTMLElement>('.more-menu > button')])
    .map((a) => a.textContent?.replace(' ▾', '▾'));

beforeEach(() => {
  invalidateGoals();
  invalidateCatalogState();
});

describe('Goal cards', () => {
  it('a goal that ended shows no "0 of 0" for a period it does not cover, only what it did', async () => {
    await saveGoal({
      ...base,
      start: addDays(today, -60),
      end: addDays(today, -20),
      kind: 'period',
      title: 'Ended challenge',
      period: 'week',
      measure: 'sessions',
      target: 2,
      skillIds: [],
      roleIds: [],
    });
    openGoals();
    const goal = await screen.findByRole('article', { name: 'Ended challenge' });
    expect(goal.textContent).not.toMatch(/0 of 0/);
    expect(goal.querySelector('.goal-bar')).toBeNull();
  });

  it('a weekly target met this week says so in word, icon and colour, not only "2 of 2"', async () => {
    await saveGoal({
      ...base,
      kind: 'period',
      title: 'Two a week',
      period: 'week',
      measure: 'sessions',
      target: 1,
      skillIds: [],
      roleIds: [],
    });
    await logActivity({ day: today, minutes: 30, type: 'course', title: 'C', skillIds: [] });
    openGoals();
    const goal = await screen.findByRole('article', { name: 'Two a week' });
    await within(goal).findByText('1 of 1 session');
    const badge = goal.querySelector('.goal-status');
    expect(badge?.textContent).toBe('Met for this week');
    expect(badge?.getAttribute('data-state')).toBe('met');
    expect(badge?.querySelector('svg')).toBeTruthy();
  });

  it('a level goal shows its progress in steps, and moves to Done once the level is reached', async () => {
    await saveGoal({
      ...base,
      kind: 'level',
      title: 'Onboarding to 3',
      skillId: 'cm.onboarding',
      level: 3,
      due: addDays(today, 60),
    });
    await rateSkill('cm.onboarding', 1, today);
    const { unmount } = openGoals();
    const goal = await screen.findByRole('article', { name: 'Onboarding to 3' });
    expect(within(goal).getByText('Level 1 of 3 · 2 steps to go')).toBeTruthy();
    expect(goal.querySelectorAll('.goal-steps li')).toHaveLength(3);
    expect(goal.querySelectorAll('.goal-steps li.is-done')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Done' })).toBeNull();
    unmount();

    await rateSkill('cm.onboarding', 3, today);
    invalidateCatalogState();
    openGoals();
    const done = await screen.findByRole('region', { name: 'Done' });
    const reached = within(done).getByRole('article', { name: 'Onboarding to 3' });
    expect(reached.querySelector('.goal-status')?.getAttribute('data-state')).toBe('met');
  });

  it('a deliverable marked done moves to the Done section, Met in word and icon', async () => {
    await saveGoal({
      ...base,
      kind: 'deliverable',
      title: 'Audit',
      due: addDays(today, 9),
      skillIds: [],
    });
    openGoals();
    const goal = await screen.findByRole('article', { name: 'Audit' });
    fireEvent.click(within(goal).getByRole('button', { name: /^Mark as done ?: Audit$/ }));
    const done = await screen.findByRole('region', { name: 'Done' });
    const moved = within(done).getByRole('article', { name: 'Audit' });
    expect(moved.querySelector('.goal-status')?.textContent).toBe('Met');
    // Done: nothing left to do, so no main action; "Not done yet" is in the menu.
    expect(visibleActions(moved)).toEqual(['More: Audit▾']);
  });

  it('shows one main action per card and the rest in a menu: keyboard, Escape, focus back', async () => {
    await saveGoal({
      ...base,
      kind: 'deliverable',
      title: 'Report',
      due: addDays(today, 9),
      skillIds: [],
    });
    openGoals();
    const goal = await screen.findByRole('article', { name: 'Report' });
    expect(visibleActions(goal)).toEqual(['Mark as done: Report', 'More: Report▾']);
    const more = within(goal).getByRole('button', { name: /^More ?: Report$/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(within(goal).queryByRole('button', { name: 'Delete' })).toBeNull();

    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(goal).getByRole('link', { name: 'Edit' })),
    );
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);

    fireEvent.click(more);
    fireEvent.click(within(goal).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await allGoals()).toEqual([]));
    expect(toast.value?.action?.label).toBe('Undo');
  });
});
