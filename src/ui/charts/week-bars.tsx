import type { WeekMinutes } from '../../domain/stats/index';
import { formatDay, formatNumber } from '../../i18n/format';
import { messages } from '../../i18n/index';
import { ChartTable } from './chart-table';
import './charts.css';

/**
 * Minutes per week as vertical bars, with the numbers in a table for screen readers. Drawn in
 * HTML, not a stretched SVG: labels are text at the reader's text size on any width, and the
 * bars are boxes whose height is a share of the highest week. Which labels show is decided in
 * charts.css by the chart's width in text units (fewer on a phone or at 200% text).
 */
export function WeekBars({ weeks, label }: { weeks: readonly WeekMinutes[]; label: string }) {
  const s = messages().log.stats;
  const max = Math.max(60, ...weeks.map((w) => w.minutes));
  // Numbers of four digits and more need a laptop's column width to stand over their bars.
  const long = weeks.some((w) => formatNumber(w.minutes).length > 3);
  return (
    <figure class="chart">
      <div class={long ? 'wbars wbars--long' : 'wbars'} aria-hidden="true">
        {weeks.map((w, i) => (
          <div
            key={w.start}
            class={`wbars__week${i === weeks.length - 1 ? ' wbars__week--now' : ''}`}
          >
            <span class="wbars__value">{w.minutes > 0 ? formatNumber(w.minutes) : ''}</span>
            <span class="wbars__bar" style={{ '--share': w.minutes / max }} />
            <span class="wbars__tick">{formatDay(w.start, 'd MMM')}</span>
          </div>
        ))}
      </div>
      <ChartTable
        label={label}
        summary={s.showTable}
        columns={[s.colWeek, s.colMinutes, s.colSessions]}
        rows={weeks.map((w) => ({
          key: w.start,
          head: formatDay(w.start, 'd MMM yyyy'),
          values: [w.minutes, w.sessions],
        }))}
      />
    </figure>
  );
}
