import { render } from 'preact';
import { pickLanguage } from './i18n/index';
import { perfMark } from './perf';
import { applyMirroredTheme, initSettings, settings } from './state/settings';
import { registerServiceWorker } from './state/sw-bridge';
import { watchDbTrouble } from './state/trouble';
import { App } from './ui/app';
import { BootError } from './ui/boot-error';
import { welcomeRedirect } from './ui/screens/welcome/guard';

// Boot: colours first (no flash), then settings and one language, then the first paint.
applyMirroredTheme();
watchDbTrouble();
const root = document.getElementById('app') as HTMLElement;

initSettings(navigator.languages ?? [navigator.language], pickLanguage)
  .then(() => {
    perfMark('settings-ready');
    // A first visit goes straight to /welcome: the router never starts loading Today's chunks.
    const to = welcomeRedirect(location.pathname, settings.value.onboarded);
    if (to) history.replaceState(null, '', to);
    render(<App />, root);
  })
  .catch((error: unknown) => render(<BootError error={error} />, root));

void registerServiceWorker().catch(() => {
  // No worker (private mode, old browser): the app still works online.
});
