import { dismissToast, toast } from '../../state/toast';
import { Icon } from '../components/icon';

/** The polite live region for "Saved", "Deleted · Undo" and errors. */
export function ToastRegion() {
  const t = toast.value;
  return (
    <div class="toast-region" aria-live="polite" aria-atomic="true">
      {t && (
        <div
          class={`toast${t.tone === 'error' ? ' toast--error' : t.tone === 'celebrate' ? ' toast--celebrate' : ''}`}
          role={t.tone === 'error' ? 'alert' : 'status'}
        >
          {t.tone === 'celebrate' && <Icon name="check" />}
          <span>{t.message}</span>
          {t.action && (
            <button
              type="button"
              class="btn btn--small btn--on-dark"
              onClick={() => {
                dismissToast();
                void t.action?.run();
              }}
            >
              {t.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
