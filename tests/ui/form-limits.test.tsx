// The forms show and enforce the limits of domain/limits.ts: maxlength on text, a message for a
// value past a limit (a title saved by an older version, a target of 1,000,000, a goal starting
// 9999-12-31, 25 checklist steps), and nothing saved until it is fixed.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { activitiesBetween } from '../../src/data/activities';
import { allCustomContent } from '../../src/data/custom-content';
import { allGoals } from '../../src/data/goals';
import { INPUT } from '../../src/domain/limits';
import { GoalsScreen } from '../../src/ui/screens/goals/index';
import { LogScreen } from '../../src/ui/screens/log/index';
import { RolesScreen } from '../../src/ui/screens/roles/index';
import { seed } from '../data/fixture-db';

function openAt(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <Router>
        <Route path="/log/*" component={LogScreen} />
        <Route path="/goals" component={GoalsScreen} />
        <Route path="/goals/*" component={GoalsScreen} />
        <Route path="/roles/*" component={RolesScreen} />
      </Router>
    </LocationProvider>,
  );
}

const T = '2026-11-01T08:00:00.000Z';
const empty = {
  settings: null,
  skillStates: [],
  assessments: [],
  activities: [],
  goals: [],
  reminders: [],
  customSkills: [],
  customRoles: [],
  certifications: [],
  customResources: [],
  resourceMarks: [],
};
const all = () => activitiesBetween('0000-01-01', '9999-12-31');

describe('log form', () => {
  it('says the limit on title and note, and refuses a too-long title kept from an older version', async () => {
    await seed({
      ...empty,
      activities: [
        {
          id: 'old',
          createdAt: T,
          updatedAt: T,
          day: '2026-11-02',
          minutes: 60,
          type: 'course',
          title: 't'.repeat(300),
          skillIds: [],
        },
      ],
    });
    openAt('/log/old/edit');
    const title = (await screen.findByLabelText(/^Title/)) as HTMLInputElement;
    await waitFor(() => expect(title.value).toHaveLength(300));
    expect(title.maxLength).toBe(INPUT.title);
    expect((screen.getByLabelText(/^Note/) as HTMLTextAreaElement).maxLength).toBe(INPUT.note);
    expect(screen.getByText(`300 of ${INPUT.title} characters`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/At most 200 characters: this has 300/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect((await all())[0]?.title).toHaveLength(300); // unchanged, not cut
  });
});

describe('goal form', () => {
  it('refuses a target of 1,000,000 and a start of 9999-12-31, saying the range', async () => {
    openAt('/goals/new');
    fireEvent.input(await screen.findByLabelText('Number'), { target: { value: '1000000' } });
    fireEvent.input(screen.getByLabelText('Starts'), { target: { value: '9999-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Enter a whole number from 1 to 100.')).toBeTruthy();
    expect(screen.getByText(/Pick a date from 1 Jan 2000 to 31 Dec 2100/)).toBeTruthy();
    expect((screen.getByLabelText('Starts') as HTMLInputElement).max).toBe('2100-12-31');
    expect(await allGoals()).toEqual([]);
  });

  it('a 250-character name is cut by maxlength, and a longer one kept from before is refused', async () => {
    openAt('/goals/new');
    const name = (await screen.findByLabelText(/^Name/)) as HTMLInputElement;
    expect(name.maxLength).toBe(INPUT.title);
    fireEvent.input(name, { target: { value: 'n'.repeat(250) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText(/At most 200 characters: this has 250/)).toBeTruthy();
    expect(await allGoals()).toEqual([]);
  });
});

describe('custom skill form', () => {
  it('refuses 25 steps and a 1,500-character step, saying the limit', async () => {
    openAt('/roles/cm/add-skill');
    fireEvent.input(await screen.findByLabelText('Name'), { target: { value: 'TikTok lives' } });
    const steps = screen.getByLabelText('Checklist steps');
    fireEvent.input(steps, {
      target: { value: Array.from({ length: 25 }, (_, i) => `Step ${i}`).join('\n') },
    });
    fireEvent.submit(steps.closest('form') as HTMLFormElement);
    expect(await screen.findByText('At most 20 steps: this has 25.')).toBeTruthy();
    fireEvent.input(steps, { target: { value: `Short\n${'s'.repeat(1500)}` } });
    fireEvent.submit(steps.closest('form') as HTMLFormElement);
    expect(
      await screen.findByText(/A step can have at most 300 characters: one has 1,500/),
    ).toBeTruthy();
    expect((await allCustomContent()).skills).toEqual([]);
  });
});
