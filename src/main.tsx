import { render } from 'preact';
import { lang, pickLanguage } from './i18n/index';
import { perfMark } from './perf';
import { initSettings, onboardedHint, settings } from './state/settings';
import { registerServiceWorker } from './state/sw-bridge';
import { watchDbTrouble } from './state/trouble';
import { App, preloadScreen } from './ui/app';
import { BootError } from './ui/boot-error';
import { mountApp } from './ui/mount';
import { welcomeRedirect } from './ui/screens/welcome/guard';

// Boot: settings and one language, then the first paint. The colours, and the downloads of the
// language and of Welcome or Today, were already started by index.html's boot script
// (scripts/first-paint/boot-script.ts), which runs before this module has even arrived.
watchDbTrouble();
const root = document.getElementById('app') as HTMLElement;
const preferred = navigator.languages ?? [navigator.language];

// While IndexedDB opens, fetch the screen for any other path (a shortcut to /log/new, say).
void preloadScreen(onboardedHint() ? location.pathname : '/welcome');

/**
 * On a first visit index.html already shows Welcome (pre-rendered, revealed by the boot
 * script): let the browser paint it before the app starts taking the main thread.
 */
const afterPrerenderPaint = (): Promise<void> =>
  document.documentElement.dataset.prerender
    ? new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    : Promise.resolve();

Promise.all([initSettings(preferred, pickLanguage), afterPrerenderPaint()])
  .then(async () => {
    perfMark('settings-ready');
    // A first visit goes straight to /welcome: the router never starts loading Today's chunks.
    const to = welcomeRedirect(location.pathname, settings.value.onboarded);
    if (to) history.replaceState(null, '', to);
    // Loaded before the first render, so the router shows it at once (adopting the pre-render).
    if (location.pathname === '/welcome') await preloadScreen('/welcome');
    mountApp(root, <App />, lang.value, location.pathname);
  })
  .catch((error: unknown) => {
    root.replaceChildren();
    render(<BootError error={error} />, root);
  });

// The worker's precache downloads the whole app shell: start it once the page has loaded, so
// on a slow network it never competes with the first screen for bandwidth.
const register = () =>
  void registerServiceWorker().catch(() => {
    // No worker (private mode, old browser): the app still works online.
  });
if (document.readyState === 'complete') register();
else addEventListener('load', register, { once: true });
