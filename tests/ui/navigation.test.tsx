import { render, screen, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { invalidateGoals } from '../../src/state/goals';
import { invalidateReminders } from '../../src/state/reminders';
import { GoalsScreen } from '../../src/ui/screens/goals/index';
import { LogScreen } from '../../src/ui/screens/log/index';
import { SkillActivities } from '../../src/ui/screens/log/skill-activities';
import { RemindersScreen } from '../../src/ui/screens/reminders/index';
import { BottomNav } from '../../src/ui/shell/nav';
import { TopBar } from '../../src/ui/shell/top-bar';

function openAt(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <TopBar />
      <BottomNav />
      <Router>
        <Route path="/log/*" component={LogScreen} />
        <Route path="/log" component={LogScreen} />
        <Route path="/goals" component={GoalsScreen} />
        <Route path="/reminders" component={RemindersScreen} />
        <Route path="/reminders/*" component={RemindersScreen} />
        <Route default component={() => <h1>Other</h1>} />
      </Router>
    </LocationProvider>,
  );
}

const tab = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name });
const litTabs = () =>
  within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .filter((a) => a.hasAttribute('aria-current'))
    .map((a) => a.textContent);

beforeEach(() => {
  invalidateGoals();
  invalidateReminders();
});

describe('Navigation', () => {
  it('the Log tab (its icon is a "+") opens the log form, and the list is one link away', async () => {
    openAt('/log/new');
    expect(tab('Log').getAttribute('href')).toBe('/log/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log an activity' })).toBeTruthy();
    expect(litTabs()).toEqual(['Log']);
    // Nothing to go "back" to from a tab: the list is named instead.
    expect(screen.queryByRole('link', { name: 'Back' })).toBeNull();
    expect(screen.getByRole('link', { name: 'All activities' }).getAttribute('href')).toBe('/log');
  });

  it('Reminders sit under the Goals tab, which stays lit, with Goals | Reminders sub-tabs', async () => {
    openAt('/reminders');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reminders' })).toBeTruthy();
    expect(litTabs()).toEqual(['Goals']);
    const sub = screen.getByRole('navigation', { name: 'Goals and reminders' });
    expect(within(sub).getByRole('link', { name: 'Reminders' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(sub).getByRole('link', { name: 'Goals' }).getAttribute('href')).toBe('/goals');
  });

  it('the Goals screen links to Reminders in the same sub-tabs', async () => {
    openAt('/goals');
    const sub = await screen.findByRole('navigation', { name: 'Goals and reminders' });
    expect(within(sub).getByRole('link', { name: 'Goals' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(sub).getByRole('link', { name: 'Reminders' }).getAttribute('href')).toBe(
      '/reminders',
    );
    expect(litTabs()).toEqual(['Goals']);
  });

  it('Settings in the top bar says its name in words, not only with a gear', () => {
    openAt('/');
    const link = screen.getByRole('link', { name: 'Settings' });
    expect(link.textContent).toBe('Settings');
    expect(link.getAttribute('aria-label')).toBeNull();
  });

  it('an empty log offers one "Log activity" button, not two', async () => {
    openAt('/log');
    await screen.findByText('Nothing logged yet');
    expect(screen.getAllByRole('link', { name: 'Log activity' })).toHaveLength(1);
  });

  it("a skill's activities add no second log button to the skill screen", async () => {
    render(
      <LocationProvider>
        <SkillActivities skillId="cm-onboarding" />
      </LocationProvider>,
    );
    await screen.findByText('No activity logged for this skill yet.');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
