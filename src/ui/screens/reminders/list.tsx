import { useState } from 'preact/hooks';
import type { Reminder } from '../../../domain/types';
import { fmt, formatDay } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { certifications } from '../../../state/certifications';
import { goals } from '../../../state/goals';
import { today } from '../../../state/log';
import {
  exportCalendar,
  pauseAllUntil,
  reminders,
  removeReminder,
  toggleReminder,
} from '../../../state/reminders';
import { settings, weekStartsOn } from '../../../state/settings';
import { showToast } from '../../../state/toast';
import { DateEcho } from '../../components/date-echo';
import { EmptyState, Screen } from '../../components/screen';
import { GoalsSectionTabs } from '../goals/section-tabs';
import { describeReminder } from './describe';

/** The rules, each with on/off, edit, delete and "add to calendar"; vacation; export all. */
export function ReminderList() {
  const r = messages().reminders;
  const list = reminders.value;
  const add = (
    <a class="btn btn--small" href="/reminders/new">
      {r.add}
    </a>
  );
  return (
    <Screen title={r.title} actions={add}>
      <GoalsSectionTabs />
      <p class="muted">{r.intro}</p>
      {list.length === 0 ? (
        <EmptyState title={r.empty}>
          <p>{r.emptyHint}</p>
        </EmptyState>
      ) : (
        <ul class="card list reminder-list">
          {list.map((item) => (
            <ReminderRow key={item.id} reminder={item} />
          ))}
        </ul>
      )}
      {list.length > 0 && (
        <section class="card">
          <p>{r.exportHint}</p>
          <button type="button" class="btn btn--secondary" onClick={() => void exportAndTell()}>
            {r.exportAll}
          </button>
        </section>
      )}
      <VacationSection />
    </Screen>
  );
}

async function exportAndTell(ids?: string[]): Promise<void> {
  if ((await exportCalendar(ids)) === 'downloaded')
    showToast({ message: messages().reminders.exported });
}

function ReminderRow({ reminder }: { reminder: Reminder }) {
  const r = messages().reminders;
  const name = reminder.label || r.kinds[reminder.kind];
  const toggleId = `rem-on-${reminder.id}`;
  return (
    <li class="reminder-row" data-testid="reminder-row">
      <div class="reminder-row__main">
        <strong class="reminder-row__name">{name}</strong>
        <span class="muted">
          {describeReminder(reminder, goals.value, weekStartsOn.value, certifications.value)}
        </span>
      </div>
      <label class="reminder-row__toggle" for={toggleId}>
        <input
          id={toggleId}
          type="checkbox"
          class="switch"
          role="switch"
          checked={reminder.enabled}
          aria-checked={reminder.enabled}
          onChange={(e) => void toggleReminder(reminder.id, e.currentTarget.checked)}
        />
        <span>{r.enabled}</span>
        <span class="visually-hidden">: {name}</span>
      </label>
      <div class="reminder-row__actions">
        <a class="btn btn--small btn--secondary" href={editUrl(reminder)}>
          {r.edit}
          <span class="visually-hidden">: {name}</span>
        </a>
        {reminder.kind !== 'atRisk' && (
          <button
            type="button"
            class="btn btn--small btn--secondary"
            onClick={() => void exportAndTell([reminder.id])}
          >
            {r.exportOne}
            <span class="visually-hidden">: {name}</span>
          </button>
        )}
        <button
          type="button"
          class="btn btn--small btn--ghost"
          onClick={() => void removeReminder(reminder.id)}
        >
          {r.delete}
          <span class="visually-hidden">: {name}</span>
        </button>
      </div>
    </li>
  );
}

/** A renewal reminder is set on its certification's form, with the expiry it counts from. */
function editUrl(reminder: Reminder): string {
  return reminder.kind === 'renewal'
    ? `/progress/certifications/${encodeURIComponent(reminder.certificationId)}`
    : `/reminders/${reminder.id}/edit`;
}

function VacationSection() {
  const p = messages().reminders.pause;
  const paused = settings.value.remindersPausedUntil;
  const now = today();
  const [until, setUntil] = useState(paused ?? '');
  const active = paused !== undefined && paused >= now;
  return (
    <section class="card">
      <h2>{p.heading}</h2>
      {active ? (
        <>
          <p role="status">{fmt(p.pausedUntil, { day: formatDay(paused) })}</p>
          <button type="button" class="btn btn--secondary" onClick={() => void pauseAllUntil(null)}>
            {p.resume}
          </button>
        </>
      ) : (
        <form
          class="reminder-pause"
          onSubmit={(e) => {
            e.preventDefault();
            if (until >= now) void pauseAllUntil(until);
          }}
        >
          <div class="field">
            <label for="r-pause">{p.label}</label>
            <input
              id="r-pause"
              type="date"
              min={now}
              value={until}
              onInput={(e) => setUntil(e.currentTarget.value)}
            />
            <DateEcho day={until} />
          </div>
          <button type="submit" class="btn btn--secondary" disabled={!until}>
            {p.pause}
          </button>
        </form>
      )}
    </section>
  );
}
