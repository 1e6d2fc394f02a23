import { useEffect } from 'preact/hooks';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { dismissDue, dueNow, startReminderEngine } from '../../../state/reminder-engine';
import { Icon } from '../../components/icon';
import { dueTitle, dueWhen } from './describe';
import './reminders.css';

/** Today's block: reminders that came due (last 7 days), each with open and dismiss. */
export function DueReminders() {
  useEffect(() => startReminderEngine(), []);
  const items = dueNow.value;
  const r = messages().reminders;
  const d = r.due;
  if (items.length === 0) {
    return (
      <a class="due-reminders__link" href="/reminders">
        <Icon name="bell" />
        {r.link}
      </a>
    );
  }
  const now = new Date();
  return (
    <section class="card due-reminders" aria-labelledby="due-reminders-h">
      <h2 id="due-reminders-h">{d.heading}</h2>
      <ul class="list">
        {items.map((due) => {
          const title = dueTitle(due);
          return (
            <li key={due.key} class="due-reminder" data-testid="due-reminder">
              <div class="due-reminder__text">
                <strong>{title}</strong>
                <span class="muted">{dueWhen(due, now)}</span>
              </div>
              <div class="due-reminder__actions">
                <a class="btn btn--small" href={due.url}>
                  {d.open}
                  <span class="visually-hidden">: {title}</span>
                </a>
                <button
                  type="button"
                  class="btn btn--small btn--ghost"
                  aria-label={fmt(d.dismissLabel, { label: title })}
                  onClick={() => void dismissDue(due.key)}
                >
                  {d.dismiss}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <a class="due-reminders__manage" href="/reminders">
        {r.device.manage}
      </a>
    </section>
  );
}
