import type { HeatCell } from '../../domain/stats/index';
import { formatDay } from '../../i18n/format';
import { messages } from '../../i18n/index';
import { ChartTable } from './chart-table';
import './charts.css';

const CELL = 10;
const GAP = 2;

/** Intensity step 0..4 for a day's minutes (fixed steps so colours mean the same every year). */
export function heatLevel(minutes: number): 0 | 1 | 2 | 3 | 4 {
  if (minutes <= 0) return 0;
  if (minutes < 30) return 1;
  if (minutes < 60) return 2;
  if (minutes < 120) return 3;
  return 4;
}

/**
 * 53 weeks x 7 days of minutes, drawn in SVG. The picture is hidden from screen readers; the
 * same numbers are in a table of monthly totals beside it.
 */
export function Heatmap({
  columns,
  label,
}: {
  columns: readonly (readonly HeatCell[])[];
  label: string;
}) {
  const s = messages().log.stats;
  const width = columns.length * (CELL + GAP);
  const height = 7 * (CELL + GAP);
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
  return (
    <figure class="chart">
      {/* Wider than a phone: it scrolls sideways, so keyboard users can focus and scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable */}
      <section class="chart__scroll" tabIndex={0} aria-label={s.heatmapScroll}>
        <svg
          class="heatmap"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          aria-hidden="true"
          focusable="false"
        >
          {columns.map((col, x) =>
            col.map((c, y) => (
              <rect
                key={c.day}
                x={x * (CELL + GAP)}
                y={y * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                class={c.future ? 'heat heat--future' : `heat heat--${heatLevel(c.minutes)}`}
              />
            )),
          )}
        </svg>
      </section>
      <figcaption class="chart__legend">
        <span>{s.less}</span>
        {[0, 1, 2, 3, 4].map((l) => (
          <svg key={l} width={CELL} height={CELL} aria-hidden="true" focusable="false">
            <rect width={CELL} height={CELL} rx={2} class={`heat heat--${l}`} />
          </svg>
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
