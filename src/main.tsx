import { render } from 'preact';
import { lang, pickLanguage, preloadLanguage } from './i18n/index';
import { perfMark } from './perf';
import { applyMirroredTheme, initSettings, onboardedHint, settings } from './state/settings';
import { registerServiceWorker } from './state/sw-bridge';
import { watchDbTrouble } from './state/trouble';
import { App, preloadScreen } from './ui/app';
import { BootError } from './ui/boot-error';
import { mountApp } from './ui/mount';
import { welcomeRedirect } from './ui/screens/welcome/guard';

// Boot: colours first (no flash), then settings and one language, then the first paint.
applyMirroredTheme();
watchDbTrouble();
const root = document.getElementById('app') as HTMLElement;
const preferred = navigator.languages ?? [navigator.language];

// While IndexedDB opens, fetch what the first paint will most likely need: the browser's
// language and the screen for this path (Welcome on a first visit). Guesses cost nothing when
// wrong: the real choice is made from the stored settings below.
preloadLanguage(pickLanguage(preferred));
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
