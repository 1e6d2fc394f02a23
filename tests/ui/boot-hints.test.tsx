import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootScript, PRUNE_SCRIPT, sha256 } from '../../scripts/first-paint/boot-script';
import type { BootHints } from '../../scripts/first-paint/chunk-files';
import { initSettings, setLanguage } from '../../src/state/settings';

// The inline script at the top of index.html: it runs before any module and starts the app's
// code, so it decides whether a first visit on a slow network waits for one round of requests or
// two, and whether Welcome paints before the code competes for the link.

const HINTS: BootHints = {
  entry: '/assets/index.js',
  modules: ['/assets/vendor.js'],
  lang: { en: ['/assets/en.js'], it: ['/assets/it.js'] },
  firstLang: { en: ['/assets/en-first.js'], it: ['/assets/it-first.js'] },
  screen: {
    welcome: ['/assets/welcome.js', '/assets/welcome.css'],
    today: ['/assets/today.js'],
  },
};

/** What the script has asked for so far: preloads, then the entry. */
function requested() {
  return [...document.head.querySelectorAll('link, script')].map((e) =>
    e instanceof HTMLScriptElement
      ? { rel: `script:${e.type}`, as: null, href: e.getAttribute('src') }
      : { rel: (e as HTMLLinkElement).rel, as: e.getAttribute('as'), href: e.getAttribute('href') },
  );
}

function runAt(path: string, languages: readonly string[]) {
  history.replaceState(null, '', path);
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  new Function(bootScript(HINTS))();
  return requested();
}

/** A browser with Paint Timing whose first paint has not happened yet. */
function beforeFirstPaint() {
  const observers: ((list: { getEntriesByName(name: string): unknown[] }) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(callback: (typeof observers)[number]) {
      observers.push(callback);
    }
    observe() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint: (name: string) => {
      for (const cb of observers) cb({ getEntriesByName: (n) => (n === name ? [{}] : []) });
    },
  };
}

const ENTRY = [
  { rel: 'modulepreload', as: null, href: '/assets/vendor.js' },
  { rel: 'modulepreload', as: null, href: '/assets/en-first.js' },
  { rel: 'modulepreload', as: null, href: '/assets/welcome.js' },
  { rel: 'preload', as: 'style', href: '/assets/welcome.css' },
  { rel: 'script:module', as: null, href: '/assets/index.js' },
];

beforeEach(() => {
  // The entry <script> the boot script adds: happy-dom fetches no code; count it as loaded.
  const dom = (window as unknown as { happyDOM?: { settings: Record<string, unknown> } }).happyDOM;
  if (dom) dom.settings.handleDisabledFileLoadingAsSuccess = true;
  localStorage.clear();
  document.head.innerHTML = '';
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.prerender;
});
afterEach(() => {
  history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('boot hints script', () => {
  it('on a first visit fetches the entry, Welcome and Welcome’s part of the phone’s language together', () => {
    expect(runAt('/', ['it-IT', 'en'])).toEqual([
      { rel: 'modulepreload', as: null, href: '/assets/vendor.js' },
      { rel: 'modulepreload', as: null, href: '/assets/it-first.js' },
      { rel: 'modulepreload', as: null, href: '/assets/welcome.js' },
      { rel: 'preload', as: 'style', href: '/assets/welcome.css' },
      { rel: 'script:module', as: null, href: '/assets/index.js' },
    ]);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('on a first visit starts the code only once the pre-rendered Welcome has painted', () => {
    const browser = beforeFirstPaint();
    expect(runAt('/', ['en'])).toEqual([]);
    expect(document.documentElement.dataset.prerender).toBe('en');
    browser.paint('first-paint'); // not yet contentful
    expect(requested()).toEqual([]);
    browser.paint('first-contentful-paint');
    expect(requested()).toEqual(ENTRY);
    browser.paint('first-contentful-paint'); // once only
    expect(requested()).toEqual(ENTRY);
  });

  it('starts the code after a second when no paint comes, and at once in a hidden tab', () => {
    vi.useFakeTimers();
    beforeFirstPaint();
    expect(runAt('/', ['en'])).toEqual([]);
    vi.advanceTimersByTime(999);
    expect(requested()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(requested()).toEqual(ENTRY);

    document.head.innerHTML = '';
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      expect(runAt('/', ['en'])).toEqual(ENTRY); // nothing will paint: no reason to wait
    } finally {
      visibility.mockRestore();
    }
  });

  it('does not wait for a paint where no pre-render is shown', () => {
    beforeFirstPaint();
    localStorage.setItem('stt-onboarded', '1');
    expect(runAt('/', ['en']).map((l) => l.href)).toEqual([
      '/assets/vendor.js',
      '/assets/en.js',
      '/assets/today.js',
      '/assets/index.js',
    ]);
  });

  it('for a returning user follows the stored language and theme and fetches Today', async () => {
    // The hints the app itself leaves: an English choice on an Italian phone, dark theme.
    await initSettings(['it-IT'], () => 'it');
    await setLanguage('en');
    localStorage.setItem('stt-onboarded', '1');
    localStorage.setItem('stt-theme', 'dark');
    delete document.documentElement.dataset.theme;
    expect(runAt('/', ['it-IT']).map((l) => l.href)).toEqual([
      '/assets/vendor.js',
      '/assets/en.js',
      '/assets/today.js',
      '/assets/index.js',
    ]);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('on another screen fetches only the entry and the language (the entry knows the rest)', () => {
    localStorage.setItem('stt-onboarded', '1');
    expect(runAt('/log/new', ['fr-FR']).map((l) => l.href)).toEqual([
      '/assets/vendor.js',
      '/assets/en.js',
      '/assets/index.js',
    ]);
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

  it('never throws, and still starts the app, when storage is blocked', () => {
    // A sandboxed frame or blocked site data: touching localStorage throws.
    const storage = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(runAt('/', ['en']).map((l) => l.href)).toEqual([
        '/assets/vendor.js',
        '/assets/index.js',
      ]);
    } finally {
      if (storage) Object.defineProperty(window, 'localStorage', storage);
      else Reflect.deleteProperty(window, 'localStorage');
    }
    expect(localStorage.getItem('stt-lang')).toBeNull(); // restored
  });

  it('has the hash the CSP names', () => {
    const script = bootScript(HINTS);
    expect(sha256(script)).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(sha256(script)).not.toBe(
      sha256(bootScript({ modules: [], lang: {}, firstLang: {}, screen: {} })),
    );
  });
});
