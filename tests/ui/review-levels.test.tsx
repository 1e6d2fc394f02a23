import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/data/settings';
import { assessmentsOf, rateSkill } from '../../src/data/skills';
import { BUILTIN_CATALOG, skillById, text } from '../../src/domain/catalog/index';
import { addDays, todayKey } from '../../src/domain/days';
import { loadLanguage, pickLanguage } from '../../src/i18n/index';
import { invalidateCatalogState, loadCatalogState, skillStates } from '../../src/state/catalog';
import { resetRerateForTests } from '../../src/state/rerate';
import { loadLevelReviews } from '../../src/state/review';
import { changeSettings, initSettings } from '../../src/state/settings';
import { assessments, invalidateAssessments } from '../../src/state/skills';
import { CurrentLevels } from '../../src/ui/screens/progress/current-levels';
import { SettingsScreen } from '../../src/ui/screens/settings/index';
import { LevelReviewsOnToday } from '../../src/ui/screens/today/level-reviews';

const today = todayKey(new Date());
const nameOf = (id: string) => text(skillById(BUILTIN_CATALOG, id)?.name ?? id, 'en');

function openSettings() {
  window.history.replaceState(null, '', '/settings');
  return render(
    <LocationProvider>
      <Router>
        <Route path="/settings" component={SettingsScreen} />
        <Route default component={SettingsScreen} />
      </Router>
    </LocationProvider>,
  );
}

beforeEach(async () => {
  invalidateCatalogState();
  invalidateAssessments();
  resetRerateForTests();
  skillStates.value = new Map();
  assessments.value = [];
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['cm'], onboarded: true });
  await loadCatalogState();
});

describe('the review setting', () => {
  it('offers 6, 12, 18 months or never, 12 chosen by default, and saves a change', async () => {
    openSettings();
    const group = await screen.findByRole('group', {
      name: 'Ask to re-confirm levels of 3 or more after',
    });
    const labels = [...group.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['6 months', '12 months', '18 months', 'Never']);
    expect((screen.getByRole('radio', { name: '12 months' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Never' }));
    await expect.poll(async () => (await loadSettings()).levelReviewMonths).toBe('off');
    expect((screen.getByRole('radio', { name: 'Never' }) as HTMLInputElement).checked).toBe(true);
  });
});

/** CM's skills rated long ago (days back), then the model loaded as Today loads it. */
async function ratedLongAgo(entries: [string, 3 | 4 | 2, number][]) {
  for (const [id, level, back] of entries) await rateSkill(id, level, addDays(today, -back));
  invalidateCatalogState();
  invalidateAssessments();
  await loadLevelReviews();
}

describe('the quick check on Today', () => {
  it('lists three at most, oldest first, with how many more, and never low levels', async () => {
    await ratedLongAgo([
      ['cm.onboarding', 3, 400],
      ['cm.moderation', 4, 700],
      ['cm.response', 3, 500],
      ['cm.connections', 3, 380],
      ['cm.feedback', 2, 900],
    ]);
    render(<LevelReviewsOnToday activities={[]} />);
    const card = await screen.findByRole('region', { name: 'A quick check on your levels' });
    expect(
      within(card)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      nameOf('cm.moderation'),
      nameOf('cm.response'),
      nameOf('cm.onboarding'),
      '1 more level to check',
    ]);
    expect(card.textContent).toContain(
      'These levels have not been confirmed for 12 months. They are probably still true',
    );
    expect(card.textContent).not.toContain(nameOf('cm.feedback'));
  });

  it('“Still true” records today’s assessment at the same level, and the level leaves at once', async () => {
    await ratedLongAgo([['cm.moderation', 4, 700]]);
    render(<LevelReviewsOnToday activities={[]} />);
    const card = await screen.findByRole('region', { name: 'A quick check on your levels' });
    expect(card.textContent).toContain('This level has not been confirmed for 12 months.');
    fireEvent.click(within(card).getByRole('button', { name: 'Still true' }));
    await screen.findByText('All confirmed: your levels are up to date. Thank you!');
    expect(screen.queryByText(nameOf('cm.moderation'))).toBeNull();
    const history = await assessmentsOf('cm.moderation');
    expect(history.map((a) => [a.day, a.rating])).toEqual([
      [addDays(today, -700), 4],
      [today, 4],
    ]);
  });

  it('says it in Italian with the right plurals', async () => {
    await loadLanguage('it');
    await ratedLongAgo([
      ['cm.onboarding', 3, 400],
      ['cm.moderation', 4, 700],
      ['cm.response', 3, 500],
      ['cm.connections', 3, 380],
      ['cm.deescalation', 3, 390],
    ]);
    render(<LevelReviewsOnToday activities={[]} />);
    const card = await screen.findByRole('region', {
      name: 'Un rapido controllo dei tuoi livelli',
    });
    expect(
      within(card).getByRole('link', { name: 'Ancora 2 livelli da controllare' }),
    ).toBeTruthy();
    expect(card.textContent).toContain('Questi livelli non vengono confermati da 12 mesi.');
    expect(within(card).getAllByRole('button', { name: 'Ancora valido' })).toHaveLength(3);
  });
});

describe('Progress: how current the levels behind readiness are', () => {
  it('says how many are up to date, and reads complete once everything is confirmed', async () => {
    await ratedLongAgo([
      ['cm.moderation', 4, 700],
      ['cm.onboarding', 2, 700],
      ['cm.response', 3, 20],
    ]);
    const view = render(<CurrentLevels />);
    expect(view.container.textContent).toContain(
      'Levels up to date: 2 of 3 · 1 waiting for a quick check on Today',
    );
    await rateSkill('cm.moderation', 4, today);
    invalidateCatalogState();
    invalidateAssessments();
    await loadLevelReviews();
    await waitFor(() =>
      expect(view.container.textContent).toContain('All 3 levels are up to date'),
    );
  });
});
