import { useEffect } from 'preact/hooks';
import { dayKeyOf } from '../../../domain/schedule/clock';
import { formatDay } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import {
  askNotificationPermission,
  isInstalled,
  notificationPermission,
  periodicSync,
  platform,
} from '../../../state/reminder-device';
import { startReminderEngine } from '../../../state/reminder-engine';
import { settings } from '../../../state/settings';
import './reminders.css';

/** Settings: which reminder layers work on this device, honestly, and what to do about it. */
export function ReminderDeviceSection() {
  useEffect(() => startReminderEngine(), []);
  const d = messages().reminders.device;
  const permission = notificationPermission.value;
  const sync = periodicSync.value;
  const exported = settings.value.lastCalendarExportAt;
  const advice = { ios: d.adviceIos, android: d.adviceAndroid, desktop: d.adviceDesktop }[
    platform()
  ];
  const syncText = {
    registered: d.registered,
    available: d.available,
    denied: d.syncDenied,
    unavailable: d.unavailable,
  }[sync];
  return (
    <section class="card reminder-device" aria-labelledby="reminder-device-h">
      <h2 id="reminder-device-h">{d.heading}</h2>
      <dl class="reminder-device__facts">
        <dt>{d.notifications}</dt>
        <dd data-testid="notif-state">{d[permission]}</dd>
        <dt>{d.installed}</dt>
        <dd>{isInstalled() ? d.yes : d.no}</dd>
        <dt>{d.background}</dt>
        <dd data-testid="sync-state">{syncText}</dd>
        <dt>{d.lastExport}</dt>
        <dd>{exported ? formatDay(dayKeyOf(new Date(exported))) : d.never}</dd>
      </dl>
      {permission === 'default' && (
        <>
          <p>{d.why}</p>
          <button
            type="button"
            class="btn btn--secondary"
            onClick={() => void askNotificationPermission()}
          >
            {d.enable}
          </button>
        </>
      )}
      {permission === 'denied' && <p class="note">{d.deniedHelp}</p>}
      <p class="note">{advice}</p>
      <a class="btn btn--small btn--secondary" href="/reminders">
        {d.manage}
      </a>
    </section>
  );
}
