import { formatNumber } from '../../i18n/format';

/**
 * The text equivalent of a chart: a table of the same numbers, folded under "Show as table"
 * (and always read by screen readers, which skip the aria-hidden picture).
 */
export function ChartTable({
  label,
  summary,
  columns,
  rows,
}: {
  label: string;
  summary: string;
  /** The header of the row-label column, then one per number column. */
  columns: readonly string[];
  rows: readonly { key: string; head: string; values: readonly number[] }[];
}) {
  return (
    <details class="chart__table">
      <summary>{summary}</summary>
      <table>
        <caption class="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.head}</th>
              {r.values.map((v, i) => (
                <td key={columns[i + 1]}>{formatNumber(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
