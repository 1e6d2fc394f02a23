import type { WeekMinutes } from '../../domain/stats/index';
import { formatDay, formatNumber } from '../../i18n/format';
import { messages } from '../../i18n/index';
import { ChartTable } from './chart-table';
import './charts.css';

const W = 320;
const H = 140;
const PAD_BOTTOM = 18;

/** Minutes per week as vertical bars (SVG), with the numbers in a table for screen readers. */
export function WeekBars({ weeks, label }: { weeks: readonly WeekMinutes[]; label: string }) {
  const s = messages().log.stats;
  const max = Math.max(60, ...weeks.map((w) => w.minutes));
  const step = W / Math.max(1, weeks.length);
  const barW = step * 0.7;
  const plotH = H - PAD_BOTTOM;
  return (
    <figure class="chart">
      <svg
        class="bars"
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <line x1={0} x2={W} y1={plotH} y2={plotH} class="axis" />
        {weeks.map((w, i) => {
          const h = (w.minutes / max) * (plotH - 14);
          const x = i * step + (step - barW) / 2;
          return (
            <g key={w.start}>
              <rect x={x} y={plotH - h} width={barW} height={h} rx={2} class="bar" />
              {w.minutes > 0 && (
                <text x={x + barW / 2} y={plotH - h - 3} class="bar-label" text-anchor="middle">
                  {formatNumber(w.minutes)}
                </text>
              )}
              {i % 2 === weeks.length % 2 && (
                <text x={x + barW / 2} y={H - 4} class="tick" text-anchor="middle">
                  {formatDay(w.start, 'd/M')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
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
