import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { activitiesBetween } from '../../src/data/activities';
import { addDays, todayKey } from '../../src/domain/days';
import { LogScreen } from '../../src/ui/screens/log/index';

const today = todayKey(new Date());

function openAt(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <Router>
        <Route path="/log" component={LogScreen} />
        <Route path="/log/*" component={LogScreen} />
      </Router>
    </LocationProvider>,
  );
}

async function stored() {
  return activitiesBetween(addDays(today, -30), today);
}

describe('Log form', () => {
  it('logs "webinar, 45 min, today" with two chips and Save, titled after the type', async () => {
    openAt('/log/new');
    fireEvent.click(await screen.findByLabelText('Webinar'));
    fireEvent.click(screen.getByLabelText('45 min'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    const [a] = await stored();
    expect(a).toMatchObject({ type: 'webinar', minutes: 45, day: today, title: 'Webinar' });
  });

  it('takes yesterday in one tap and a free number of minutes', async () => {
    openAt('/log/new');
    fireEvent.click(await screen.findByLabelText('Reading'));
    fireEvent.click(screen.getByLabelText('Yesterday'));
    fireEvent.input(screen.getByLabelText('Other length, in minutes'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    expect((await stored())[0]).toMatchObject({ day: addDays(today, -1), minutes: 20 });
  });

  it('refuses a link that is not http(s), says why, and saves nothing', async () => {
    openAt('/log/new');
    fireEvent.click(await screen.findByLabelText('Course'));
    fireEvent.input(screen.getByLabelText(/Link/), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Only web links starting with http/)).toBeTruthy();
    expect(screen.getByLabelText(/Link/).getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toEqual([]);
  });

  it('asks for a type before saving, tied to the question for screen readers', async () => {
    openAt('/log/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const message = await screen.findByText('Pick what kind of activity it was.');
    const group = screen.getByRole('group', { name: 'What did you do?' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toBe(message.id);
    // Focus lands on the question to answer: its first chip.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Course')));
    expect(await stored()).toEqual([]);
  });

  it('ties an impossible number of minutes to the free entry, not to the chips', async () => {
    openAt('/log/new');
    fireEvent.click(await screen.findByLabelText('Reading'));
    fireEvent.input(screen.getByLabelText('Other length, in minutes'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Other length, in minutes').getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    const describedBy =
      screen.getByLabelText('Other length, in minutes').getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toMatch(/\S/);
    expect(screen.getByLabelText('30 min').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Other length, in minutes'));
    expect(await stored()).toEqual([]);
  });

  it('prefills the skill from ?skill=, shows it by name, and saves it with the activity', async () => {
    openAt('/log/new?skill=cm.onboarding');
    // By name, removable, without opening anything ("1 selected" used to hide which).
    expect(await screen.findByRole('button', { name: 'Remove Onboarding' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Practice'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    expect((await stored())[0]?.skillIds).toEqual(['cm.onboarding']);
  });
});

describe('Log list', () => {
  it('browses recent weeks only, but a search finds an activity from last year', async () => {
    const { logActivity } = await import('../../src/data/activities');
    await logActivity({
      day: today,
      minutes: 30,
      type: 'practice',
      title: 'Reply templates',
      skillIds: [],
    });
    await logActivity({
      day: addDays(today, -300),
      minutes: 90,
      type: 'course',
      title: 'Crisis comms course',
      skillIds: [],
    });
    openAt('/log');
    expect(await screen.findByText('Reply templates')).toBeTruthy();
    expect(screen.queryByText('Crisis comms course')).toBeNull();
    expect(screen.getByText('Showing the last 8 weeks.')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Search title and note'), {
      target: { value: 'crisis' },
    });
    expect(await screen.findByText('Crisis comms course')).toBeTruthy();
    expect(screen.queryByText('Reply templates')).toBeNull();
    expect(screen.getByText('1 activity matches, in all your history.')).toBeTruthy();
  });
});
