import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { logActivity } from '../../src/data/activities';
import { allGoals } from '../../src/data/goals';
import { addDays, todayKey } from '../../src/domain/days';
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

describe('Goals', () => {
  it('creates "3 sessions per week" and shows this week’s progress from the log', async () => {
    await logActivity({
      day: todayKey(new Date()),
      minutes: 30,
      type: 'course',
      title: 'Course',
      skillIds: [],
    });
    openAt('/goals/new');
    fireEvent.input(await screen.findByLabelText('Number'), { target: { value: '3' } });
    // Started last week, so this week is a whole week (a goal's first, partial week asks less).
    fireEvent.input(screen.getByLabelText('Starts'), {
      target: { value: addDays(todayKey(new Date()), -7) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    await waitFor(async () => expect(await allGoals()).toHaveLength(1));
    const [goal] = await allGoals();
    expect(goal).toMatchObject({ kind: 'period', period: 'week', measure: 'sessions', target: 3 });
    expect(goal?.title).toBe('3 sessions per week');
    expect(await screen.findByText('1 of 3 sessions')).toBeTruthy();
  });

  it('refuses a level goal without a skill and a date, and takes focus to the skill', async () => {
    openAt('/goals/new');
    fireEvent.click(await screen.findByLabelText('Reach a level'));
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Pick a skill.')).toBeTruthy();
    expect(screen.getByText('Pick a date.')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Search skills')),
    );
    expect(await allGoals()).toEqual([]);
  });
});
