import type { DayKey } from '../../../domain/types';
import { fmt, formatDay } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { percent } from '../roles/helpers';

// Hand-written charts. The bars are an HTML table; a line chart's SVG is decoration for sighted
// users (aria-hidden), and a table with the same numbers, visually hidden, is what screen
// readers read.

const W = 320;

export interface BarRow {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
}

/**
 * One horizontal bar per role (the last row is the overall number), 0-100%. Names and numbers
 * are the table's own text, so they follow the reader's text size; the bars are decoration.
 */
export function ReadinessBars({ rows }: { rows: readonly BarRow[] }) {
  const m = messages().progress;
  return (
    <table class="bars">
      <caption class="visually-hidden">{m.byRole}</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">{m.role}</th>
          <th scope="col">{m.readiness}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.id} class={i === rows.length - 1 ? 'bars__overall' : undefined}>
            <th scope="row">{row.label}</th>
            <td>
              <span class="bars__value">{percent(row.value)}</span>
              <span class="bars__track" aria-hidden="true">
                <span class="bars__fill" style={{ width: `${row.value ?? 0}%` }} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface Series {
  readonly id: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

/** A small line chart per role over the month ends, plus one table with every number. */
export function ReadinessLines({
  days,
  series,
}: {
  days: readonly DayKey[];
  series: readonly Series[];
}) {
  const m = messages().progress;
  return (
    <>
      <div class="line-charts">
        {series.map((s) => (
          <figure key={s.id} class="line-chart">
            <figcaption>{s.label}</figcaption>
            <LineChart days={days} values={s.values} />
          </figure>
        ))}
      </div>
      <div class="visually-hidden">
        <table>
          <caption>{m.overTime}</caption>
          <thead>
            <tr>
              <th scope="col">{m.month}</th>
              {series.map((s) => (
                <th key={s.id} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, i) => (
              <tr key={day}>
                <th scope="row">{formatDay(day, 'MMMM yyyy')}</th>
                {series.map((s) => (
                  <td key={s.id}>{percent(s.values[i] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="visually-hidden">
        {series.map((s) => fmt(m.chartOf, { role: s.label })).join('. ')}
      </p>
    </>
  );
}

function LineChart({
  days,
  values,
}: {
  days: readonly DayKey[];
  values: readonly (number | null)[];
}) {
  const H = 110;
  const top = 8;
  const bottom = 20;
  const left = 30;
  const plotH = H - top - bottom;
  const step = days.length > 1 ? (W - left - 8) / (days.length - 1) : 0;
  const x = (i: number) => left + i * step;
  const y = (v: number) => top + plotH - (plotH * v) / 100;
  // A null (nothing to measure yet) breaks the line rather than drawing a fake 0%.
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    pen = true;
  });
  const last = values.length - 1;
  const lastValue = values[last] ?? null;
  // First, middle and last month, each once (a two-month history has no middle).
  const labelAt = [...new Set([0, Math.floor(last / 2), last])];
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {[0, 50, 100].map((g) => (
        <g key={g}>
          <line x1={left} x2={W - 8} y1={y(g)} y2={y(g)} class="chart__grid" />
          <text x={left - 6} y={y(g) + 4} text-anchor="end" class="chart__tick">
            {g}
          </text>
        </g>
      ))}
      {labelAt.map((i) => (
        <text
          key={i}
          x={x(i)}
          y={H - 4}
          text-anchor={i === 0 ? 'start' : i === last ? 'end' : 'middle'}
          class={i === 0 || i === last ? 'chart__tick' : 'chart__tick chart__tick--middle'}
        >
          {days[i] ? formatDay(days[i], 'MMM yyyy') : ''}
        </text>
      ))}
      <path d={d} class="chart__line" />
      {lastValue !== null && <circle cx={x(last)} cy={y(lastValue)} r={4} class="chart__dot" />}
    </svg>
  );
}
