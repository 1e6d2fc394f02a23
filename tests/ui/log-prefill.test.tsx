import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { activitiesBetween } from '../../src/data/activities';
import { addDays, todayKey } from '../../src/domain/days';
import { logFormHref } from '../../src/domain/log-prefill';
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

describe('Log form prefilled from a learning resource', () => {
  it('shows the resource’s title, link, type and skill, and saves them once the person saves', async () => {
    openAt(
      logFormHref({
        skill: 'cm.moderation',
        type: 'course',
        title: 'Discord Moderator Academy',
        link: 'https://discord.com/moderation',
      }),
    );
    const title = (await screen.findByLabelText(/Title/)) as HTMLInputElement;
    expect(title.value).toBe('Discord Moderator Academy');
    expect((screen.getByLabelText(/Link/) as HTMLInputElement).value).toBe(
      'https://discord.com/moderation',
    );
    expect((screen.getByLabelText('Course') as HTMLInputElement).checked).toBe(true);
    // Nothing is logged until the person saves.
    expect(await activitiesBetween(addDays(today, -1), today)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await activitiesBetween(today, today)).toMatchObject([
        {
          type: 'course',
          title: 'Discord Moderator Academy',
          link: 'https://discord.com/moderation',
          skillIds: ['cm.moderation'],
        },
      ]),
    );
  });

  it('leaves out a hostile link and an unknown type from a crafted address', async () => {
    openAt('/log/new?type=evil&link=javascript%3Awindow.__xss%3D1&title=%3Cimg%20src%3Dx%3E');
    const title = (await screen.findByLabelText(/Title/)) as HTMLInputElement;
    // The title is only ever text in a field.
    expect(title.value).toBe('<img src=x>');
    expect(document.querySelector('img')).toBeNull();
    expect((screen.getByLabelText(/Link/) as HTMLInputElement).value).toBe('');
    for (const chip of screen.getAllByRole('radio')) {
      if ((chip as HTMLInputElement).name === 'type') {
        expect((chip as HTMLInputElement).checked).toBe(false);
      }
    }
  });
});
