import { render } from 'preact';
import { pickLanguage } from './i18n/index';
import { perfMark } from './perf';
import { applyMirroredTheme, initSettings } from './state/settings';
import { registerServiceWorker } from './state/sw-bridge';
import { watchDbTrouble } from './state/trouble';
import { App } from './ui/app';
import { BootError } from './ui/boot-error';

// Boot: colours first (no flash), then settings and one language, then the first paint.
applyMirroredTheme();
watchDbTrouble();
const root = document.getElementById('app') as HTMLElement;

initSettings(navigator.languages ?? [navigator.language], pickLanguage)
  .then(() => {
    perfMark('settings-ready');
    render(<App />, root);
  })
  .catch((error: unknown) => render(<BootError error={error} />, root));

void registerServiceWorker().catch(() => {
  // No worker (private mode, old browser): the app still works online.
});
