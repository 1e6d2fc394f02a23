// Odd data never takes a screen down: goals from an older version or a hand-edited backup with
// a start or due date of 9999-12-31 (or 0001-01-01), a target of 1,000,000, are shown, can be
// edited and deleted; and one record that still throws is shown as a card with a message and
// its Edit/Delete, not a blank screen.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { allGoals } from '../../src/data/goals';
import type { Goal } from '../../src/domain/types';
import { invalidateGoals } from '../../src/state/goals';
import { GoalsScreen } from '../../src/ui/screens/goals/index';
import { seed } from '../data/fixture-db';

const T = '2026-11-01T08:00:00.000Z';
const base = { createdAt: T, updatedAt: T, pauses: [], archived: false };
const ODD: Goal[] = [
  {
    ...base,
    id: 'far-start',
    kind: 'period',
    title: 'Starts in 9999',
    start: '9999-12-31',
    period: 'week',
    measure: 'minutes',
    target: 1_000_000,
    skillIds: [],
    roleIds: [],
  },
  {
    ...base,
    id: 'far-month',
    kind: 'period',
    title: 'Monthly from year 1',
    start: '0001-01-01',
    end: '9999-12-31',
    period: 'month',
    measure: 'sessions',
    target: 2,
    skillIds: [],
    roleIds: [],
  },
  {
    ...base,
    id: 'far-due',
    kind: 'deliverable',
    title: 'Due in 9999',
    start: '2026-11-01',
    due: '9999-12-31',
    skillIds: [],
  },
];

function openAt(url: string) {
  invalidateGoals(); // the goals a previous test loaded are not this test's
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

const empty = {
  settings: null,
  skillStates: [],
  assessments: [],
  activities: [],
  reminders: [],
  customSkills: [],
  customRoles: [],
  certifications: [],
  customResources: [],
  resourceMarks: [],
};

describe('Goals with odd dates', () => {
  it('shows every goal, and each can still be edited and deleted', async () => {
    await seed({ ...empty, goals: ODD });
    openAt('/goals');
    for (const goal of ODD) {
      expect(await screen.findByText(goal.title, {}, { timeout: 5000 })).toBeTruthy();
    }
    // Edit and Delete are on every card, as its main action or behind its "More" menu.
    const cards = screen.getAllByRole('article');
    expect(cards.length).toBeGreaterThanOrEqual(ODD.length);
    for (const card of cards) {
      const more = within(card).queryByRole('button', { name: /^More/ });
      if (more) fireEvent.click(more);
      expect(within(card).getByRole('link', { name: /Edit/ })).toBeTruthy();
      expect(within(card).getByRole('button', { name: /Delete/ })).toBeTruthy();
    }
    const first = cards[0] as HTMLElement;
    const more = within(first).queryByRole('button', { name: /^More/ });
    if (more) fireEvent.click(more);
    fireEvent.click(within(first).getByRole('button', { name: /Delete/ }));
    await waitFor(async () => expect(await allGoals()).toHaveLength(ODD.length - 1));
  });
});

describe('one goal that still cannot be drawn', () => {
  it('shows as a card with a message and Edit/Delete; the other goals stay', async () => {
    const broken = {
      ...ODD[2],
      id: 'broken',
      title: 'Broken goal',
      pauses: null,
    } as unknown as Goal;
    await seed({
      ...empty,
      goals: [broken, { ...ODD[2], id: 'fine', title: 'Fine goal' } as Goal],
    });
    openAt('/goals');
    expect(await screen.findByText('Fine goal', {}, { timeout: 5000 })).toBeTruthy();
    const card = await screen.findByTestId('goal-error');
    expect(card.textContent).toContain('Broken goal');
    expect(card.textContent).toContain('could not be shown in full');
    expect(screen.getByRole('link', { name: /Edit.*Broken goal/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Delete.*Broken goal/ }));
    await waitFor(async () => expect((await allGoals()).map((g) => g.id)).toEqual(['fine']));
  });
});

describe('a screen that throws', () => {
  it('shows a message with a way out, and navigation renders the next screen', async () => {
    const { ScreenBoundary } = await import('../../src/ui/components/boundary');
    const { useLocation } = await import('preact-iso');
    const Boom = () => {
      throw new Error('odd data');
    };
    let go: (path: string) => void = () => {};
    const Nav = () => {
      go = useLocation().route;
      return null;
    };
    window.history.replaceState(null, '', '/boom');
    render(
      <LocationProvider>
        <Nav />
        <ScreenBoundary>
          <Router>
            <Route path="/boom" component={Boom} />
            <Route path="/ok" component={() => <h1>Fine screen</h1>} />
          </Router>
        </ScreenBoundary>
      </LocationProvider>,
    );
    const error = await screen.findByTestId('screen-error');
    expect(error.textContent).toContain('This screen could not be shown');
    expect(error.textContent).toContain('odd data');
    go('/ok');
    expect(await screen.findByText('Fine screen')).toBeTruthy();
    go('/boom');
    expect(await screen.findByTestId('screen-error')).toBeTruthy();
    go('/ok');
    expect(await screen.findByText('Fine screen')).toBeTruthy();
  });
});
