import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveGoal } from '../../src/data/goals';
import { allReminders, saveReminder } from '../../src/data/reminders';
import { invalidateGoals } from '../../src/state/goals';
import { invalidateReminders } from '../../src/state/reminders';
import { toast } from '../../src/state/toast';
import { RemindersScreen } from '../../src/ui/screens/reminders/index';

function openAt(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <Router>
        <Route path="/reminders" component={RemindersScreen} />
        <Route path="/reminders/*" component={RemindersScreen} />
      </Router>
    </LocationProvider>,
  );
}

beforeEach(() => {
  invalidateReminders();
  invalidateGoals();
});

describe('Reminders', () => {
  it('creates a weekly reminder on the chosen days, in the week order of the language', async () => {
    openAt('/reminders/new');
    const chips = await screen.findAllByRole('checkbox');
    // English: the week starts on Sunday; Monday and Thursday are preselected.
    expect(chips.map((c) => c.closest('label')?.textContent)).toEqual([
      'SunSunday',
      'MonMonday',
      'TueTuesday',
      'WedWednesday',
      'ThuThursday',
      'FriFriday',
      'SatSaturday',
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.input(screen.getByLabelText(/^Label/), { target: { value: 'Analytics practice' } });
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '07:45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    await waitFor(async () => expect(await allReminders()).toHaveLength(1));
    const [saved] = await allReminders();
    expect(saved).toMatchObject({
      kind: 'weekly',
      days: [1, 6],
      time: '07:45',
      label: 'Analytics practice',
      enabled: true,
    });
    expect(await screen.findByText('Mon, Sat at 07:45')).toBeTruthy();
  });

  it('refuses a weekly reminder with no day, says why, and takes focus to the days', async () => {
    openAt('/reminders/new');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Monday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Pick at least one day.')).toBeTruthy();
    const firstDay = screen.getByRole('group', { name: 'Days' }).querySelector('input');
    await waitFor(() => expect(document.activeElement).toBe(firstDay));
    expect(await allReminders()).toEqual([]);
  });

  it('links a deadline reminder to a goal with a due date, N days before', async () => {
    await saveGoal({
      kind: 'deliverable',
      title: 'Publish the audit',
      start: '2026-01-01',
      due: '2026-12-01',
      pauses: [],
      archived: false,
      skillIds: [],
    });
    openAt('/reminders/new');
    fireEvent.click(await screen.findByRole('radio', { name: 'Before a goal’s deadline' }));
    fireEvent.change(screen.getByLabelText('Goal'), {
      target: {
        value: (await screen.findByRole('option', { name: 'Publish the audit' })).getAttribute(
          'value',
        ),
      },
    });
    fireEvent.input(screen.getByLabelText('Days before the deadline'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    await waitFor(async () => expect(await allReminders()).toHaveLength(1));
    expect((await allReminders())[0]).toMatchObject({ kind: 'deadline', daysBefore: 2 });
    expect(await screen.findByText('2 days before “Publish the audit”, at 18:30')).toBeTruthy();
  });

  it('explains that an "at risk" reminder needs a weekly or monthly goal first', async () => {
    openAt('/reminders/new');
    fireEvent.click(await screen.findByRole('radio', { name: 'When a goal is at risk' }));
    expect(screen.getByText('No weekly or monthly goal yet: create one first.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Pick a goal.')).toBeTruthy();
  });

  it('turns a rule off, deletes it, and brings it back with Undo', async () => {
    await saveReminder({ kind: 'weekly', enabled: true, label: 'Read', days: [2], time: '09:00' });
    openAt('/reminders');
    const toggle = await screen.findByRole('switch', { name: /^On\W+Read$/ });
    fireEvent.click(toggle);
    await waitFor(async () => expect((await allReminders())[0]?.enabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: /^Delete\W+Read$/ }));
    await waitFor(async () => expect(await allReminders()).toEqual([]));
    await waitFor(() => expect(screen.queryByText('Read')).toBeNull());
    expect(toast.value?.message).toBe('Reminder deleted');
    await toast.value?.action?.run();
    expect(await allReminders()).toHaveLength(1);
    expect(await screen.findByText('Read')).toBeTruthy();
  });
});
