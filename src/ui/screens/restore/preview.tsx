import { formatNumber } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import type { RestoreCounts, RestoreMode } from '../../../state/backup';
import { KINDS } from './format';

/**
 * Per kind of record, what the chosen mode would do. Replace: new, changed, same, removed.
 * Merge: new, changed (the file's copy is newer), same, yours kept (yours is newer); nothing
 * is removed. Kinds with nothing on either side are left out.
 */
export function PreviewTable({ counts, mode }: { counts: RestoreCounts; mode: RestoreMode }) {
  const m = messages().backup;
  const cols = ['new', 'changed', 'identical', mode === 'replace' ? 'removed' : 'kept'] as const;
  const rows = KINDS.filter((k) => {
    const c = counts[k];
    return c.new + c.changed + c.identical + c.kept + c.removed > 0;
  });
  const nothing = rows.every((k) => counts[k].new + counts[k].changed + counts[k].removed === 0);
  return (
    <div class="preview">
      <table class="preview__table" data-testid="restore-preview">
        <thead>
          <tr>
            <th scope="col">{m.restore.kind}</th>
            {cols.map((c) => (
              <th scope="col" key={c}>
                {m.restore[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => (
            <tr key={k} data-kind={k}>
              <th scope="row">{m.kinds[k]}</th>
              {cols.map((c) => (
                <td key={c} class={counts[k][c] > 0 ? `is-${c}` : 'is-zero'}>
                  {formatNumber(counts[k][c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {nothing && <p class="muted">{m.restore.nothing}</p>}
    </div>
  );
}
