import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { allCustomResources, allResourceMarks } from '../../src/data/resources';
import { resourcesForSkill } from '../../src/domain/catalog/resources';
import { todayKey } from '../../src/domain/days';
import { pickLanguage } from '../../src/i18n/index';
import { invalidateCatalogState, loadCatalogState } from '../../src/state/catalog';
import { invalidateResources } from '../../src/state/resources';
import { changeSettings, initSettings } from '../../src/state/settings';
import { ToLearnScreen } from '../../src/ui/screens/learn/to-learn';
import { SkillScreen } from '../../src/ui/screens/roles/skill-screen';

beforeEach(async () => {
  invalidateCatalogState();
  invalidateResources();
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['cm'], onboarded: true });
  await loadCatalogState();
});

const FORMEZ = 'Vademecum «Pubblica amministrazione e social media» (2011)';

function skillScreen(skillId = 'cm.moderation') {
  return render(
    <LocationProvider>
      <SkillScreen params={{ skillId }} />
    </LocationProvider>,
  );
}

function linkField(): HTMLElement {
  const el = document.getElementById('res-link');
  if (!el) throw new Error('no link field');
  return el;
}

function item(name: string): HTMLElement {
  const el = screen.getByText(name).closest('li');
  if (!el) throw new Error(`no resource ${name}`);
  return el;
}

describe('Where to learn on the skill screen', () => {
  it('lists the skill’s resources with publisher, kind, language and cost, links opening safely', async () => {
    skillScreen();
    const section = await screen.findByTestId('where-to-learn');
    const builtins = resourcesForSkill('cm.moderation');
    for (const r of builtins) expect(within(section).getByText(r.name)).toBeTruthy();
    const academy = item('Discord Moderator Academy');
    expect(academy.textContent).toContain('by Discord');
    expect(academy.textContent).toContain('Guide');
    expect(academy.textContent).toContain('In English');
    expect(academy.textContent).toContain('Free');
    const link = within(academy).getByRole('link', {
      name: 'Discord Moderator Academy (opens in a new tab)',
    });
    expect(link.getAttribute('href')).toBe('https://discord.com/moderation');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('Start opens the log form prefilled with the resource, its type and this skill', async () => {
    skillScreen();
    await screen.findByTestId('where-to-learn');
    const start = within(item('Discord Moderator Academy')).getByRole('link', { name: /Start/ });
    const url = new URL(start.getAttribute('href') ?? '', 'https://app.invalid');
    expect(url.pathname).toBe('/log/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      skill: 'cm.moderation',
      type: 'reading',
      title: 'Discord Moderator Academy',
      link: 'https://discord.com/moderation',
      from: '/roles/skill/cm.moderation',
    });
  });

  it('saves to learn, marks done with the day, and the To learn list shows both', async () => {
    skillScreen();
    await screen.findByTestId('where-to-learn');
    fireEvent.click(
      within(item('Discord Moderator Academy')).getByRole('button', { name: /Save to learn/ }),
    );
    await waitFor(() =>
      expect(
        within(item('Discord Moderator Academy')).getByRole('button', { name: /Saved/ }),
      ).toBeTruthy(),
    );
    fireEvent.click(within(item(FORMEZ)).getByRole('button', { name: /Mark done/ }));
    await waitFor(async () =>
      expect((await allResourceMarks()).map((m) => [m.id, m.toLearn, m.doneOn]).sort()).toEqual([
        ['res.discord-moderator-academy', true, undefined],
        ['res.formez-vademecum', false, todayKey(new Date())],
      ]),
    );
    expect(within(item(FORMEZ)).getByText(/Done on/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Your To learn list \(1 saved\)/ })).toBeTruthy();

    skillScreen().unmount();
    document.body.innerHTML = '';
    render(
      <LocationProvider>
        <ToLearnScreen />
      </LocationProvider>,
    );
    const saved = await screen.findByTestId('to-learn-saved');
    expect(within(saved).getByText('Discord Moderator Academy')).toBeTruthy();
    expect(within(saved).queryByText(FORMEZ)).toBeNull();
    expect(within(screen.getByTestId('to-learn-done')).getByText(FORMEZ)).toBeTruthy();
  });

  it('adds the person’s own resource, refusing a javascript: link first', async () => {
    skillScreen();
    fireEvent.click(await screen.findByRole('button', { name: 'Add your own resource' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Team playbook' } });
    fireEvent.input(linkField(), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    expect(await screen.findByText(/Only web links starting with https/)).toBeTruthy();
    expect(await allCustomResources()).toEqual([]);
    fireEvent.input(linkField(), { target: { value: 'https://example.org/p' } });
    fireEvent.input(screen.getByLabelText(/Publisher/), { target: { value: 'Our agency' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add resource' }));
    await waitFor(() => expect(item('Team playbook').textContent).toContain('Added by you'));
    expect(await allCustomResources()).toMatchObject([
      {
        skillId: 'cm.moderation',
        name: 'Team playbook',
        publisher: 'Our agency',
        kind: 'course',
        lang: 'it',
        link: 'https://example.org/p',
      },
    ]);
    expect(item('Team playbook').textContent).toContain('In Italian');
  });
});
