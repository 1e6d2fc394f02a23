import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';

// Focus follows navigation: when the user opens a screen (a link, a route() call, Back or
// Forward), its h1 takes focus, so a screen reader announces the new screen and Tab starts
// from it. Not on the first load (focus stays at the top of the page, where the skip link is)
// nor on a redirect (route(path, true)). The request is made while the shell renders, before
// the new screen's effects run; the screen's Screen frame takes it when its heading exists,
// which for a lazy screen or one that reads its data first is later than the route change.
let pendingPath: string | null = null;
let popped = false;
/** The heading focus was last given to, and for which path. */
let given: { path: string; heading: HTMLElement } | null = null;

function currentPath(): string {
  return location.pathname.replace(/\/+$/, '') || '/';
}

/** Called by the screen frame when its h1 is in the page (mounted, or its title changed). */
export function takeRouteFocus(heading: HTMLElement | null): void {
  if (!heading) return;
  const path = currentPath();
  // A screen that first shows a frame while it reads its data, then another one: the focused
  // heading was replaced (focus fell back to <body>), so the new heading takes it again.
  const lost =
    given !== null &&
    given.path === path &&
    !given.heading.isConnected &&
    (document.activeElement === null || document.activeElement === document.body);
  if (pendingPath !== path && !lost) return;
  pendingPath = null;
  given = { path, heading };
  heading.focus({ preventScroll: true });
}

/**
 * Notes each navigation the user made, for the new screen's heading to take focus. (Not the
 * router's onRouteChange: it fires when the outer route is rendered, while a nested lazy
 * screen such as Log › Stats may still show the previous screen and its heading.)
 */
export function useFocusOnRouteChange(): void {
  // wasPush: preact-iso's own flag (it scrolls to the top on a push), missing from its types.
  const { path, wasPush } = useLocation() as ReturnType<typeof useLocation> & { wasPush?: boolean };
  const seen = useRef(path);
  if (seen.current !== path) {
    seen.current = path;
    pendingPath = wasPush || popped ? path : null;
    given = null;
    popped = false;
  }
  useEffect(() => {
    const onPop = () => {
      popped = true;
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
}

/** A notification click in the worker asks the open page to show a screen. */
export function useOpenFromWorker(): void {
  const { route } = useLocation();
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; url?: unknown } | null;
      if (data?.type === 'OPEN' && typeof data.url === 'string' && data.url.startsWith('/')) {
        route(data.url);
      }
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, [route]);
}
