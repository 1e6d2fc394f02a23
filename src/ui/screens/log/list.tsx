import { useEffect, useMemo, useState } from 'preact/hooks';
import { skillById, text } from '../../../domain/catalog/index';
import { addDays, weekStart } from '../../../domain/days';
import { ACTIVITY_TYPES, type Activity, type DayKey } from '../../../domain/types';
import { fmt, formatDay, formatNumber, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { perfMark } from '../../../perf';
import { catalog, followedRoles } from '../../../state/catalog';
import { logVersion, readActivities, readOldestDay, today } from '../../../state/log';
import { weekStartsOn } from '../../../state/settings';
import { EmptyState, Screen } from '../../components/screen';
import { skillOptions } from '../../components/skill-groups';
import { ActivityRow } from './activity-row';

const WINDOW_WEEKS = 8;
/** Rows rendered for a search: enough to find things, few enough to stay quick on a phone. */
const MAX_MATCHES = 200;

interface Filters {
  role: string;
  skill: string;
  type: string;
  q: string;
}

/**
 * The log, newest week first. Browsing reads only a window of weeks (8 at first, 8 more per
 * "show older"), so it stays quick with years of history. Filtering or searching reads the whole
 * history once (a user looking for last year's course expects to find it) and renders the
 * newest MAX_MATCHES matches.
 */
export function LogList() {
  const m = messages();
  const l = m.log.list;
  const now = today();
  const wso = weekStartsOn.value;
  const [weeks, setWeeks] = useState(WINDOW_WEEKS);
  // What was read, and from which day: a search shows the window's rows until the whole
  // history has been read.
  const [read, setRead] = useState<{ from: DayKey; list: Activity[] } | null>(null);
  const items = read?.list ?? null;
  const [oldest, setOldest] = useState<DayKey | null>(null);
  const [filters, setFilters] = useState<Filters>({ role: '', skill: '', type: '', q: '' });
  const window = addDays(weekStart(now, wso), -7 * (weeks - 1));
  const filtering = Boolean(filters.q.trim() || filters.type || filters.role || filters.skill);
  // Reading starts from the oldest day only while filtering; typing does not read again.
  const from = filtering ? '0000-01-01' : window;
  const version = logVersion.value;

  useEffect(() => {
    let live = true;
    void Promise.all([readActivities(from, now), readOldestDay()]).then(([list, first]) => {
      if (!live) return;
      setRead({ from, list });
      setOldest(first);
    });
    return () => {
      live = false;
    };
  }, [from, now, version]);

  const matches = useMemo(() => filterActivities(items ?? [], filters), [items, filters]);
  const shown = filtering ? matches.slice(0, MAX_MATCHES) : matches;
  const groups = useMemo(() => groupByWeek(shown, wso), [shown, wso]);
  const complete = read?.from === from;
  useEffect(() => void (complete && perfMark('log-ready')), [complete, matches]);
  const skillChoices = useMemo(
    () => skillOptions(catalog.value, followedRoles.value, lang.value),
    [catalog.value, followedRoles.value, lang.value],
  );
  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const more = !filtering && oldest !== null && oldest < window;

  const actions = (
    <>
      <a class="btn btn--small" href="/log/new">
        {m.log.logButton}
      </a>
    </>
  );

  if (items && oldest === null) {
    // The empty state's own button is the one way to log here (no second one in the header).
    return (
      <Screen title={m.log.title}>
        <EmptyState title={l.empty}>
          <p>{l.emptyHint}</p>
          <a class="btn" href="/log/new">
            {m.log.logButton}
          </a>
        </EmptyState>
      </Screen>
    );
  }

  return (
    <Screen title={m.log.title} actions={actions}>
      <details class="card log-filters">
        <summary>{l.filters}</summary>
        <div class="log-filters__grid">
          <div class="field">
            <label for="f-q">{l.search}</label>
            <input
              id="f-q"
              type="search"
              value={filters.q}
              onInput={(e) => set({ q: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="f-type">{l.type}</label>
            <select
              id="f-type"
              value={filters.type}
              onChange={(e) => set({ type: e.currentTarget.value })}
            >
              <option value="">{l.any}</option>
              {ACTIVITY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {m.log.types[t]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-role">{l.role}</label>
            <select
              id="f-role"
              value={filters.role}
              onChange={(e) => set({ role: e.currentTarget.value })}
            >
              <option value="">{l.any}</option>
              {catalog.value.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {text(r.name, lang.value)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-skill">{l.skill}</label>
            <select
              id="f-skill"
              value={filters.skill}
              onChange={(e) => set({ skill: e.currentTarget.value })}
            >
              <option value="">{l.any}</option>
              {skillChoices.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
      {items === null && <p>{m.common.loading}</p>}
      {items && groups.length === 0 && <p class="note">{l.noMatch}</p>}
      {groups.map((g) => (
        <section key={g.start} class="card log-week" aria-labelledby={`w-${g.start}`}>
          <h2 id={`w-${g.start}`}>
            {fmt(l.week, { day: formatDay(g.start, 'd MMM yyyy') })}
            <span class="log-week__total">
              {fmt(l.weekTotal, {
                minutes: plural(m.common.minutes, g.minutes),
                sessions: plural(m.common.sessions, g.items.length),
              })}
            </span>
          </h2>
          <ul class="list">
            {g.items.map((a) => (
              <li key={a.id}>
                <ActivityRow activity={a} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="note" role="status">
        {items && listNote(l, { filtering, matches: matches.length, more, weeks })}
      </p>
      {more && (
        <button
          type="button"
          class="btn btn--secondary btn--block"
          onClick={() => setWeeks(weeks + WINDOW_WEEKS)}
        >
          {l.showMore}
        </button>
      )}
    </Screen>
  );
}

/** The line under the list: how much of the history it shows. */
function listNote(
  l: ReturnType<typeof messages>['log']['list'],
  s: { filtering: boolean; matches: number; more: boolean; weeks: number },
): string {
  if (s.filtering) {
    if (s.matches > MAX_MATCHES) {
      return fmt(l.matchesCapped, { shown: MAX_MATCHES, n: formatNumber(s.matches) });
    }
    return s.matches > 0 ? plural(l.matches, s.matches) : '';
  }
  return s.more ? plural(l.showing, s.weeks) : l.allShown;
}

function filterActivities(list: readonly Activity[], f: Filters): Activity[] {
  const q = f.q.trim().toLocaleLowerCase();
  const cat = catalog.value;
  const roleSkills = f.role
    ? new Set(cat.roles.find((r) => r.id === f.role)?.links.map((k) => k.skillId) ?? [])
    : null;
  const skill = f.skill ? (skillById(cat, f.skill)?.id ?? f.skill) : '';
  return list.filter(
    (a) =>
      (!f.type || a.type === f.type) &&
      (!skill || a.skillIds.includes(skill)) &&
      (!roleSkills || a.skillIds.some((id) => roleSkills.has(id))) &&
      (!q || `${a.title}\n${a.note ?? ''}`.toLocaleLowerCase().includes(q)),
  );
}

function groupByWeek(list: readonly Activity[], wso: 0 | 1 | 6) {
  const groups: { start: DayKey; items: Activity[]; minutes: number }[] = [];
  for (const a of list) {
    const start = weekStart(a.day, wso);
    let g = groups[groups.length - 1];
    if (!g || g.start !== start) {
      g = { start, items: [], minutes: 0 };
      groups.push(g);
    }
    g.items.push(a);
    g.minutes += a.minutes;
  }
  return groups;
}
