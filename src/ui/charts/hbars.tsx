import { formatNumber } from '../../i18n/format';
import { messages } from '../../i18n/index';
import './charts.css';

export interface HBarRow {
  readonly key: string;
  readonly name: string;
  readonly minutes: number;
  readonly sessions: number;
}

const ROW = 28;

/**
 * Horizontal bars (minutes per skill or per role). Each row's name and number are real text in
 * a table, so screen readers read the table; the SVG bars behind them are decoration.
 */
export function HBars({ rows, label }: { rows: readonly HBarRow[]; label: string }) {
  const s = messages().log.stats;
  const max = Math.max(1, ...rows.map((r) => r.minutes));
  return (
    <table class="hbars">
      <caption class="visually-hidden">{label}</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">{s.colName}</th>
          <th scope="col">{s.colMinutes}</th>
          <th scope="col">{s.colSessions}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td class="hbars__bar">
              <svg
                viewBox={`0 0 100 ${ROW}`}
                preserveAspectRatio="none"
                height={12}
                aria-hidden="true"
                focusable="false"
              >
                <rect x={0} y={0} height={ROW} width={(r.minutes / max) * 100} rx={3} class="bar" />
              </svg>
              <span>{formatNumber(r.minutes)}</span>
            </td>
            <td class="visually-hidden">{formatNumber(r.sessions)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
