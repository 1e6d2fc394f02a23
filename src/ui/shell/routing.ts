import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/** After a route change, focus the new screen so screen readers announce it. */
export function useFocusOnRouteChange(): () => void {
  const first = useRef(true);
  return () => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target =
      document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    }
  };
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
