import type { HeatCell } from '../../domain/stats/index';
import { formatDay } from '../../i18n/format';
import { lang, messages } from '../../i18n/index';
import { ChartTable } from './chart-table';
import './charts.css';

/** Intensity step 0..4 for a day's minutes (fixed steps so colours mean the same every year). */
export function heatLevel(minutes: number): 0 | 1 | 2 | 3 | 4 {
  if (minutes <= 0) return 0;
  if (minutes < 30) return 1;
  if (minutes < 60) return 2;
  if (minutes < 120) return 3;
  return 4;
}

/** Short weekday names, in the user's language, of a week's seven days. */
function weekdayNames(week: readonly HeatCell[]): string[] {
  const f = new Intl.DateTimeFormat(lang.value, { weekday: 'short' });
  return week.map((c) => f.format(new Date(`${c.day}T12:00:00`)));
}

/**
 * Weeks x 7 days of minutes, drawn as a grid of boxes with month names above and weekday names
 * beside it, in HTML text at the reader's text size. It always fits its card: charts.css shows
 * the latest 53, 26 or 13 weeks as the card's width in text units allows (a laptop, a phone,
 * a phone at 200% text), never a sideways scroll. The picture is hidden from screen readers;
 * the same numbers are in a table of monthly totals beside it.
 */
export function Heatmap({
  columns,
  label,
}: {
  columns: readonly (readonly HeatCell[])[];
  label: string;
}) {
  const s = messages().log.stats;
  const months = new Map<string, { minutes: number; sessions: number }>();
  for (const col of columns) {
    for (const c of col) {
      if (c.future) continue;
      const key = c.day.slice(0, 7);
      const e = months.get(key) ?? { minutes: 0, sessions: 0 };
      e.minutes += c.minutes;
      e.sessions += c.sessions;
      months.set(key, e);
    }
  }
  const days = columns[0] ? weekdayNames(columns[0]) : [];
  return (
    <figure class="chart">
      <div class="heatmap" aria-hidden="true">
        <div class="heatmap__days">
          <span />
          {days.map((d, i) => (
            <span key={d}>{i % 2 === 0 ? d : ''}</span>
          ))}
        </div>
        <div class="heatmap__weeks">
          {columns.map((col, x) => {
            // A month's name sits above the week holding its 1st, if the month has room there
            // (two more weeks shown after it), so names never run past the last week.
            const first = col.find((c) => c.day.endsWith('-01'));
            const named = first && x <= columns.length - 3 ? formatDay(first.day, 'MMM') : '';
            return (
              <div key={col[0]?.day ?? x} class="heatmap__week">
                <span class="heatmap__month">{named}</span>
                {col.map((c) => (
                  <span
                    key={c.day}
                    class={c.future ? 'heat heat--future' : `heat heat--${heatLevel(c.minutes)}`}
                  />
                ))}
              </div>
            );
          })}
        </div>
      </div>
      <figcaption class="chart__legend">
        <span>{s.less}</span>
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} class={`heat heat--${l}`} aria-hidden="true" />
        ))}
        <span>{s.more}</span>
      </figcaption>
      <ChartTable
        label={label}
        summary={s.showTable}
        columns={[s.colMonth, s.colMinutes, s.colSessions]}
        rows={[...months].map(([month, e]) => ({
          key: month,
          head: formatDay(`${month}-01`, 'MMM yyyy'),
          values: [e.minutes, e.sessions],
        }))}
      />
    </figure>
  );
}
