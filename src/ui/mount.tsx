import { type ComponentChild, hydrate, render } from 'preact';

/**
 * Starts the app in `root`. On a first visit index.html already shows Welcome, pre-rendered at
 * build time (scripts/first-paint/) in the language the boot script picked. When the app
 * is about to show that same screen in that same language it adopts that markup (hydrate: no
 * DOM rebuilt, no layout redone, the first frame stays); otherwise it starts from an empty root.
 */
export function mountApp(root: HTMLElement, app: ComponentChild, lang: string, path: string) {
  const shown = root.querySelector<HTMLElement>(`:scope > .prerender[lang="${lang}"]`);
  if (!shown || document.documentElement.dataset.prerender !== lang || path !== '/welcome') {
    root.replaceChildren();
    render(app, root);
    return;
  }
  for (const other of root.querySelectorAll(':scope > .prerender')) {
    if (other !== shown) other.remove();
  }
  // The wrapper becomes the app's root: what hid it goes, and its lang (<html lang> rules, and
  // follows the user's choice from now on).
  shown.removeAttribute('class');
  shown.removeAttribute('lang');
  shown.hidden = false;
  hydrate(app, shown);
  shown.inert = false;
}
