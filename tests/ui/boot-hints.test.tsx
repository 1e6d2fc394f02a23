import type { Rollup } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootScript, PRUNE_SCRIPT, sha256 } from '../../scripts/first-paint/boot-script';
import { type BootHints, filesFor } from '../../scripts/first-paint/chunk-files';
import { initSettings, setLanguage } from '../../src/state/settings';

// The inline script at the top of index.html: it runs before any module, so what it prefetches
// decides whether a first visit on a slow network waits for one round of requests or two.

const HINTS: BootHints = {
  lang: { en: ['/assets/en.js'], it: ['/assets/it.js'] },
  screen: {
    welcome: ['/assets/welcome.js', '/assets/welcome.css'],
    today: ['/assets/today.js'],
  },
};

function runAt(path: string, languages: readonly string[]) {
  history.replaceState(null, '', path);
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  new Function(bootScript(HINTS))();
  return [...document.head.querySelectorAll('link')].map((l) => ({
    rel: l.rel,
    as: l.getAttribute('as'),
    href: l.getAttribute('href'),
  }));
}

beforeEach(() => {
  localStorage.clear();
  document.head.innerHTML = '';
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.prerender;
});
afterEach(() => history.replaceState(null, '', '/'));

describe('boot hints script', () => {
  it('on a first visit fetches Welcome and the phone’s language', () => {
    expect(runAt('/', ['it-IT', 'en'])).toEqual([
      { rel: 'modulepreload', as: null, href: '/assets/it.js' },
      { rel: 'modulepreload', as: null, href: '/assets/welcome.js' },
      { rel: 'preload', as: 'style', href: '/assets/welcome.css' },
    ]);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('for a returning user follows the stored language and theme and fetches Today', async () => {
    // The hints the app itself leaves: an English choice on an Italian phone, dark theme.
    await initSettings(['it-IT'], () => 'it');
    await setLanguage('en');
    localStorage.setItem('stt-onboarded', '1');
    localStorage.setItem('stt-theme', 'dark');
    delete document.documentElement.dataset.theme;
    expect(runAt('/', ['it-IT']).map((l) => l.href)).toEqual(['/assets/en.js', '/assets/today.js']);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('on another screen fetches only the language (the entry knows the rest)', () => {
    localStorage.setItem('stt-onboarded', '1');
    expect(runAt('/log/new', ['fr-FR']).map((l) => l.href)).toEqual(['/assets/en.js']);
  });

  it('shows the pre-rendered Welcome only where the app will show Welcome', () => {
    runAt('/', ['it-IT']);
    expect(document.documentElement.dataset.prerender).toBe('it');
    expect(location.pathname).toBe('/'); // the app's guard moves it, from the stored truth

    delete document.documentElement.dataset.prerender;
    runAt('/settings', ['it-IT']); // open before onboarding: Settings shows, not Welcome
    expect(document.documentElement.dataset.prerender).toBeUndefined();
    expect(location.pathname).toBe('/settings');

    localStorage.setItem('stt-onboarded', '1');
    runAt('/', ['it-IT']);
    expect(document.documentElement.dataset.prerender).toBeUndefined();
    expect(location.pathname).toBe('/');
  });

  it('keeps only the pre-rendered copy being shown (none for a returning user)', () => {
    const page = (shown?: string) => {
      document.body.innerHTML =
        '<div id="app"><div class="prerender" lang="en">EN</div><div class="prerender" lang="it">IT</div></div>';
      if (shown) document.documentElement.dataset.prerender = shown;
      else delete document.documentElement.dataset.prerender;
      new Function(PRUNE_SCRIPT)();
      return document.getElementById('app')?.textContent;
    };
    expect(page('it')).toBe('IT');
    expect(page('en')).toBe('EN');
    expect(page()).toBe('');
  });

  it('never throws, even when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = blocked;
    try {
      expect(() => runAt('/', ['en'])).not.toThrow();
    } finally {
      Storage.prototype.getItem = original;
    }
  });

  it('has the hash the CSP names', () => {
    const script = bootScript(HINTS);
    expect(sha256(script)).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(sha256(script)).not.toBe(sha256(bootScript({ lang: {}, screen: {} })));
  });
});

describe('boot hints files', () => {
  const chunk = (fileName: string, modules: string[], imports: string[], extra = {}) =>
    ({
      type: 'chunk',
      fileName,
      modules: Object.fromEntries(modules.map((m) => [`${process.cwd()}/${m}`, {}])),
      imports,
      isEntry: false,
      viteMetadata: { importedCss: new Set<string>(), importedAssets: new Set<string>() },
      ...extra,
    }) as unknown as Rollup.OutputChunk;

  it('lists a screen’s chunk, its imports and CSS, but nothing the entry already loads', () => {
    const bundle = {
      'index.js': chunk('assets/index.js', ['src/main.tsx'], ['assets/vendor.js'], {
        isEntry: true,
      }),
      'vendor.js': chunk('assets/vendor.js', ['node_modules/preact/x.js'], []),
      'welcome.js': chunk(
        'assets/welcome.js',
        ['src/ui/screens/welcome/index.tsx'],
        ['assets/vendor.js', 'assets/roles.js'],
        {
          viteMetadata: {
            importedCss: new Set(['assets/welcome.css']),
            importedAssets: new Set(),
          },
        },
      ),
      'roles.js': chunk('assets/roles.js', ['src/domain/catalog/roles.ts'], []),
    } as unknown as Rollup.OutputBundle;
    expect(filesFor(bundle, ['src/ui/screens/welcome/index.tsx'])).toEqual([
      '/assets/welcome.js',
      '/assets/roles.js',
      '/assets/welcome.css',
    ]);
    expect(() => filesFor(bundle, ['src/nowhere.ts'])).toThrow(/no chunk/);
  });
});
