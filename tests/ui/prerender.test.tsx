import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/index';
import { initSettings } from '../../src/state/settings';
import { App } from '../../src/ui/app';
import { prerenderWelcome } from '../../src/ui/prerender';

// index.html carries Welcome rendered at build time, and the app adopts it (hydrate) instead
// of rebuilding it. That only works while both are the same markup: this guards against drift.

/** Markup as the browser holds it; form state (checked) lives in properties, not attributes. */
function normalized(html: string): string {
  const box = document.createElement('div');
  box.innerHTML = html;
  for (const el of box.querySelectorAll('[checked]')) el.removeAttribute('checked');
  return box.innerHTML;
}

describe('pre-rendered Welcome', () => {
  it('is exactly what the app renders at /welcome, in each language', async () => {
    for (const lang of ['en', 'it'] as const) {
      await initSettings([lang], pickLanguage);
      history.replaceState(null, '', '/welcome');
      const built = await prerenderWelcome(lang);
      const { container, unmount } = render(<App />);
      await screen.findByRole('heading', {
        level: 1,
        name: lang === 'it' ? 'Ti diamo il benvenuto' : 'Welcome',
      });
      expect(normalized(container.innerHTML)).toBe(normalized(built));
      unmount();
    }
  });
});
