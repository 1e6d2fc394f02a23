import { useEffect, useState } from 'preact/hooks';
import { fmt, formatBytes } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { requestPersistence, type StorageStatus, storageStatus } from '../../../state/storage';

/** Usage and persistence, told plainly, with the way out when data is at risk. */
export function StorageSection() {
  const m = messages().settings.storage;
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void storageStatus().then(setStatus);
  }, []);
  const safariTab = isSafariTab();
  return (
    <section class="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{m.heading}</h2>
      {status && (
        <>
          <p data-testid="storage-usage">
            {status.usage !== null && status.quota !== null
              ? fmt(m.usage, { used: formatBytes(status.usage), quota: formatBytes(status.quota) })
              : m.usageUnknown}
          </p>
          <p data-testid="storage-persisted">
            {status.persisted === true
              ? m.persisted
              : status.persisted === false
                ? m.notPersisted
                : m.persistUnknown}
          </p>
          {status.persisted === false && (
            <button
              type="button"
              class="btn btn--secondary"
              onClick={async () => {
                await requestPersistence();
                setStatus(await storageStatus());
              }}
            >
              {m.askPersist}
            </button>
          )}
        </>
      )}
      {safariTab && <p class="note note--warn">{m.safariTab}</p>}
    </section>
  );
}

/** Safari (iOS or macOS) in a tab rather than installed: the 7-day eviction applies. */
function isSafariTab(): boolean {
  const ua = navigator.userAgent;
  const safari = /Safari\//.test(ua) && !/Chrome\/|Chromium\/|CriOS\/|FxiOS\/|EdgiOS\//.test(ua);
  const standalone =
    matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return safari && !standalone;
}
