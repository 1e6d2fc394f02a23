import { render } from 'preact';
import type { Settings } from './domain/types';
import { fullCatalog, isWholeCatalog, lang, pickLanguage } from './i18n/index';
import { perfMark } from './perf';
import {
  hintSet,
  initSettings,
  onboardedHint,
  preloadSettingsWrite,
  settings,
} from './state/settings';
import { registerServiceWorker } from './state/sw-bridge';
import { watchDbTrouble } from './state/trouble';
import { App, preloadScreen } from './ui/app';
import { BootError } from './ui/boot-error';
import { mountApp } from './ui/mount';
import { welcomeRedirect } from './ui/screens/welcome/guard';

// Boot: settings and one language, then the first render. index.html's boot script
// (scripts/first-paint/boot-script.ts) has applied the colours and started this module together
// with the language and Welcome or Today; on a first visit, once the pre-rendered Welcome
// had painted.
watchDbTrouble();
const root = document.getElementById('app') as HTMLElement;
const preferred = navigator.languages ?? [navigator.language];

// While IndexedDB opens, fetch the screen for any other path (a shortcut to /log/new, say).
void preloadScreen(onboardedHint() ? location.pathname : '/welcome');

// Welcome is the first screen when the app is about to show it (as the boot script decides).
const showsWelcome = (s: Settings) =>
  !s.onboarded &&
  (location.pathname === '/welcome' || welcomeRedirect(location.pathname, false) !== null);

initSettings(preferred, pickLanguage, showsWelcome)
  .then(async () => {
    perfMark('settings-ready');
    // A first visit goes straight to /welcome: the router never starts loading Today's chunks.
    const to = welcomeRedirect(location.pathname, settings.value.onboarded);
    if (to) history.replaceState(null, '', to);
    // Loaded before the first render, so the router shows it at once (adopting the pre-render).
    if (location.pathname === '/welcome') await preloadScreen('/welcome');
    // The first render in a task of its own, apart from reading settings and running the
    // screen's module: on a slow phone each stays short enough not to hold up a tap.
    await new Promise((resolve) => setTimeout(resolve, 0));
    mountApp(root, <App />, lang.value, location.pathname);
    // On a first visit Welcome works from here (hydrated): what came before is the first visit.
    perfMark('app-mounted');
    // The first choice saved (a language, a theme, Start) then needs no download.
    void preloadSettingsWrite().catch(() => {});
    // Sync only where it was turned on (its code keeps this hint): loaded after the first screen.
    if (hintSet('stt-sync')) void import('./ui/shell/sync-boot').then((s) => s.boot());
    // Welcome works with its own part of the language: the rest, and the self-assessment that
    // follows Start, arrive in the background now.
    if (!isWholeCatalog()) {
      void fullCatalog().then(() => preloadScreen('/assess'));
    }
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
