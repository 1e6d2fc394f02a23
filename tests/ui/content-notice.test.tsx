import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { noticeSeenVersion } from '../../src/data/content-notice';
import { CONTENT_VERSION } from '../../src/domain/catalog/version';
import { plural } from '../../src/i18n/format';
import { loadLanguage, messages, pickLanguage } from '../../src/i18n/index';
import { invalidateCatalogState, loadCatalogState } from '../../src/state/catalog';
import { loadContentNotice } from '../../src/state/content-notice';
import { changeSettings, initSettings } from '../../src/state/settings';
import { ContentNotice } from '../../src/ui/screens/today/content-notice';
import { createDbFromFixture, type DbFixture } from '../data/fixture-db';

// A device an older app (content version 1) left: Italian, following CM and SMM, onboarded.
const v1Device = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/db-v1.json'), 'utf8'),
) as DbFixture;

async function start(lang: 'en' | 'it') {
  invalidateCatalogState();
  await initSettings([lang], pickLanguage);
  await changeSettings({ lang, followedRoleIds: ['cm', 'smm'], onboarded: true });
  await loadLanguage(lang);
  await loadCatalogState();
}

function renderToday() {
  return render(
    <main>
      <h1 tabIndex={-1}>Today</h1>
      <ContentNotice />
    </main>,
  );
}

const lines = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('the notice of what changed in the skills you follow', () => {
  beforeEach(async () => {
    await createDbFromFixture(v1Device);
  });

  it('lists, in English, what is new and updated per followed role, once until dismissed', async () => {
    await start('en');
    renderToday();
    await screen.findByRole('heading', { name: 'What’s new in your skills' });
    expect(lines()).toEqual([
      'Community Manager: 2 new skills: “Copywriting and adaptation” and “Generative AI in content work”; 5 skills with new steps or a new target.',
      'Social Media Manager: 3 new skills: “Generative AI in content work”, “Empathetic response” and “Guidelines and moderation”; 6 skills with new steps or a new target.',
      'Each skill now describes what levels 1 to 4 look like in it.',
    ]);
    expect(screen.getByRole('link', { name: 'Social Media Manager' }).getAttribute('href')).toBe(
      '/roles/smm',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByTestId('content-notice')).toBeNull());
    expect(document.activeElement?.tagName).toBe('H1');
    await waitFor(async () => expect(await noticeSeenVersion()).toBe(CONTENT_VERSION));

    // The next start reads the dismissal: nothing shows.
    renderToday();
    await loadContentNotice();
    expect(screen.queryByTestId('content-notice')).toBeNull();
  });

  it('speaks Italian, with Italian plurals and quote marks', async () => {
    await start('it');
    renderToday();
    await screen.findByRole('heading', { name: 'Novità nelle competenze che segui' });
    expect(lines()[0]).toBe(
      'Community Manager: 2 competenze nuove: «Copywriting e adattamento» e «IA generativa nel lavoro sui contenuti»; 5 competenze con nuovi passi o un nuovo obiettivo.',
    );
    const m = messages().contentNotice;
    expect(plural(m.added, 1, { names: '«Feedback loop»' })).toBe(
      '1 competenza nuova: «Feedback loop»',
    );
    expect(plural(m.updated, 1)).toBe('1 competenza con nuovi passi o un nuovo obiettivo');
    expect(screen.getByRole('button', { name: 'Ho capito' })).toBeTruthy();
  });

  it('says nothing when only custom roles are followed', async () => {
    await start('en');
    await changeSettings({ followedRoleIds: ['no-such-role'] });
    renderToday();
    await loadContentNotice();
    expect(screen.queryByTestId('content-notice')).toBeNull();
  });
});

describe('a new install', () => {
  it('never sees news of changes it never had', async () => {
    await start('en');
    renderToday();
    await loadContentNotice();
    expect(await noticeSeenVersion()).toBe(CONTENT_VERSION);
    expect(screen.queryByTestId('content-notice')).toBeNull();
  });
});
