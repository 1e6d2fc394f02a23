import { useEffect, useState } from 'preact/hooks';
import { messages } from '../../i18n/index';
import { applyUpdate, updateReady } from '../../state/sw-bridge';
import { dbTrouble } from '../../state/trouble';

/** Messages about the app itself: a waiting update, another tab, being offline. */
export function Banners() {
  const m = messages().shell;
  const online = useOnline();
  const [dismissed, setDismissed] = useState(false);
  const trouble = dbTrouble.value;
  return (
    <div class="banners" aria-live="polite">
      {trouble && (
        <div class="banner banner--warn" role="alert">
          <span>{m.trouble[trouble]}</span>
          <button type="button" class="btn btn--small" onClick={() => location.reload()}>
            {m.trouble.reload}
          </button>
        </div>
      )}
      {updateReady.value && !dismissed && (
        <div class="banner" role="status">
          <span>{m.update.ready}</span>
          <button type="button" class="btn btn--small" onClick={applyUpdate}>
            {m.update.reload}
          </button>
          <button
            type="button"
            class="btn btn--small btn--ghost"
            onClick={() => setDismissed(true)}
          >
            {m.update.later}
          </button>
        </div>
      )}
      {!online && (
        <div class="banner banner--quiet" role="status">
          {m.offline}
        </div>
      )}
    </div>
  );
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}
